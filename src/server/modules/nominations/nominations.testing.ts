// A signed-in tenant with staff whose histories make them eligible, commune campaigns with a dossier
// deadline, and helpers to create and submit nominations, for the nomination tests (imported by *.db.test.ts only).
import { strToU8 } from 'fflate'
import type { Db } from '../../db/client.ts'
import type { ApiClient } from '../../testing/api-client.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { staffWithHistory, type StaffHistory } from '../eligibility/eligibility.testing.ts'
import { communePlan } from '../campaigns/campaigns.testing.ts'

/** LĐTT 2025 material: good ratings, the unit's review of the year. */
export const GOOD_2025: Omit<StaffHistory, 'name'> = {
  recruitedOn: '2012-08-15',
  ratings: { 2024: 'HTTNV', 2025: 'HTTNV' },
  assessed: [{ year: 2025, keys: ['TU_LUC_DOAN_KET', 'THI_DUA', 'GUONG_MAU'] }],
}

export const staff = (t: HistoryTestContext, name: string, extra: Partial<StaffHistory> = {}) => staffWithHistory(t, { name, ...GOOD_2025, ...extra })

export const MEETING = { date: '2025-12-10', place: 'Phòng họp Trường Tiểu học Bình Thành', chair: 'Ma Văn Hùng', secretary: 'Lục Thị Hoa', members: 9, present: 9, inFavour: 8 }

/** A PDF as far as the sniffer is concerned. */
export const PDF_BYTES = strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

export async function created(res: { status: number; body: unknown }, status = 201) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body as any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A nomination by the primary school of commune A (the school's unit account), year 2025, decided on 20/12/2025. */
export async function nominate(t: HistoryTestContext, subjectId: string, fields: Record<string, unknown> = {}, by = 'unitSchoolA') {
  return (await t.as(by)).post('/api/nominations', {
    year: 2025, nominatingOrganizationId: t.tenant.org.schoolA.id, subjectKind: 'individual', subjectId, target: 'LDTT',
    achievement: 'Hoàn thành tốt nhiệm vụ năm học 2024-2025; 100% học sinh lớp chủ nhiệm hoàn thành chương trình.', decisionDate: '2025-12-20', ...fields,
  })
}

export const submit = async (client: ApiClient, nominations: { id: string; version: number }[]) =>
  client.post('/api/nominations/submit', { ids: nominations.map((n) => n.id), versions: Object.fromEntries(nominations.map((n) => [n.id, n.version])) })

/**
 * An issued plan of commune A asking for the four-part dossier of seed 004, due 20 days after the commune
 * Party congress; `congress` dates the congress (after issue) when given.
 */
export async function communeCampaign(t: HistoryTestContext, congress?: string): Promise<{ id: string }> {
  const officer = await t.as('officerA')
  const content = communePlan({
    title: 'Phát động đợt thi đua chào mừng Đại hội Đảng bộ xã',
    events: [{ id: 'daihoi-xa', name: 'Đại hội Đảng bộ xã nhiệm kỳ 2025-2030', date: null }],
    dossier: {
      items: ['Tờ trình kèm danh sách đề nghị khen thưởng', 'Báo cáo thành tích của tập thể, cá nhân', 'Biểu tóm tắt thành tích của tập thể, cá nhân', 'Biên bản họp xét, đề nghị khen thưởng'],
      copies: null, submitTo: null,
    },
    deadlines: [{ id: 'ho-so', kind: 'dossier', name: 'Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã', due: { kind: 'event', eventId: 'daihoi-xa', offsetDays: 20 }, note: null }],
  })
  const draft = await created(await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content }))
  await created(await officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: '2025-07-01' }), 200)
  if (congress) await created(await officer.put(`/api/campaigns/${draft.id}/events/daihoi-xa`, { date: congress }), 200)
  return { id: draft.id }
}

/** Rows per nomination table and the audit log, to show a refused request changed nothing. */
export interface TableCounts { nominations: number; events: number; batches: number; attachments: number; documents: number; numbers_taken: number; audit: number }

export async function nominationTableCounts(db: Db): Promise<TableCounts> {
  const rows = await db.query<TableCounts>(
    `SELECT (SELECT count(*)::int FROM nominations) AS nominations, (SELECT count(*)::int FROM nomination_events) AS events,
            (SELECT count(*)::int FROM nomination_batches) AS batches, (SELECT count(*)::int FROM nomination_documents) AS attachments,
            (SELECT count(*)::int FROM documents) AS documents, (SELECT coalesce(sum(last_number), 0)::int FROM document_registers) AS numbers_taken,
            (SELECT count(*)::int FROM audit_log) AS audit`,
  )
  return rows[0]!
}
