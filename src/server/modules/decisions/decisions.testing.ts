// Nominations of commune A's primary school carried up to a council vote, a public posting, and helpers to
// show a refused request wrote nothing — for the decision tests (imported by *.db.test.ts only). The council
// vote and the posting are written with SQL: their own modules build the real flows.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { recordCouncilResult } from '../council/council-result.testing.ts'
import { findNomination } from '../nominations/nominations.repository.ts'
import { created, MEETING, nominate, PDF_BYTES, submit } from '../nominations/nominations.testing.ts'

export const DECISION_DATE = '2025-12-20'
export const COUNCIL_DAY = '2025-12-15'

/** A posting of commune A over 01–10/12/2025 listing the nominations; returns its id. */
export async function post(t: HistoryTestContext, nominationIds: readonly string[]): Promise<string> {
  const id = randomUUID()
  await t.db.query(
    `INSERT INTO public_postings (province_id, id, organization_id, title, starts_on, ends_on, created_by) VALUES ($1, $2, $3, 'Công khai danh sách đề nghị khen thưởng năm 2025', '2025-12-01', '2025-12-10', $4)`,
    [t.tenant.provinceId, id, t.tenant.org.communeA.id, t.tenant.accounts.officerA!.id],
  )
  for (const [i, nominationId] of nominationIds.entries()) {
    await t.db.query(`INSERT INTO public_posting_items (province_id, posting_id, nomination_id, position) VALUES ($1, $2, $3, $4)`, [t.tenant.provinceId, id, nominationId, i + 1])
  }
  return id
}

/** A comment from the public on a posted nomination, not resolved yet. */
export async function openComment(t: HistoryTestContext, postingId: string, nominationId: string): Promise<string> {
  const id = randomUUID()
  await t.db.query(
    `INSERT INTO public_comments (province_id, id, posting_id, nomination_id, author_name, content) VALUES ($1, $2, $3, $4, 'Người dân xóm Đồng Tâm', 'Đề nghị xem lại thành tích.')`,
    [t.tenant.provinceId, id, postingId, nominationId],
  )
  return id
}

/**
 * A nomination by the school (LĐTT unless `fields` says otherwise; a CSTĐCS with its certified initiative) submitted, sent to the council, voted on
 * by commune A's council, and (unless `posted` is false) publicly posted; returns it as stored.
 */
export async function councilPassed(t: HistoryTestContext, subjectId: string, fields: Record<string, unknown> = {}, options: { result?: 'passed' | 'failed'; posted?: boolean } = {}) {
  const draft = await created(await nominate(t, subjectId, { reviewMeeting: MEETING, ...fields }))
  if (fields.target === 'CSTDCS') await created(await (await t.as('unitSchoolA')).upload(`/api/nominations/${draft.id}/documents?part=xac-nhan`, 'cong-nhan-sang-kien.pdf', PDF_BYTES))
  const submitted = await created(await submit(await t.as('unitSchoolA'), [draft]))
  const version = submitted.nominations[0].version
  await created(await (await t.as('officerA')).post(`/api/nominations/${draft.id}/check`, { version, to: 'to_council' }), 200)
  await recordCouncilResult(t, t.tenant.org.communeA.id, [draft.id], { result: options.result ?? 'passed', meetsOn: COUNCIL_DAY })
  if (options.posted !== false) await post(t, [draft.id])
  return (await findNomination(t.db, t.tenant.provinceId, draft.id))!
}

export interface DecisionCounts { decisions: number; issued: number; lines: number; serials: number; awards: number; certificates: number; decided: number; numbers_taken: number; audit: number }

/** Rows a decision writes, to show a refused request changed nothing. */
export async function decisionCounts(db: Db): Promise<DecisionCounts> {
  const rows = await db.query<DecisionCounts>(
    `SELECT (SELECT count(*)::int FROM award_decisions) AS decisions, (SELECT count(*)::int FROM award_decisions WHERE status = 'issued') AS issued,
            (SELECT count(*)::int FROM award_decision_items) AS lines, (SELECT count(serial)::int FROM award_decision_items) AS serials,
            (SELECT count(*)::int FROM award_records) AS awards, (SELECT count(*)::int FROM certificates) AS certificates,
            (SELECT count(*)::int FROM nominations WHERE status = 'decided') AS decided,
            (SELECT coalesce(sum(last_number), 0)::int FROM document_registers) AS numbers_taken, (SELECT count(*)::int FROM audit_log) AS audit`,
  )
  return rows[0]!
}

/** A draft of commune A by its officer, dated 20/12/2025, signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
export async function draftDecision(t: HistoryTestContext, nominationIds: readonly string[], fields: Record<string, unknown> = {}) {
  return (await t.as('officerA')).post('/api/decisions', {
    organizationId: t.tenant.org.communeA.id, decisionDate: DECISION_DATE, signerName: 'Hoàng Văn Thắng', nominationIds, ...fields,
  })
}
