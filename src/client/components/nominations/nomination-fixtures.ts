// Answers of the nominations API for the jsdom tests of the nominations screens.
import type { NominationDetail, NominationSummary } from './nomination-queries.ts'

export const COMMUNE = '11111111-1111-4111-8111-111111111111'
export const SCHOOL = '22222222-2222-4222-8222-222222222222'
export const NOMINATION_ID = '33333333-3333-4333-8333-333333333333'

export const meOf = (role: 'officer' | 'unit' | 'signer') => ({
  accountId: 'a', provinceId: 'p', username: role === 'unit' ? 'binhthanh.truongtieuhoc' : 'binhthanh.vanphong', displayName: 'Nguyễn Văn An', role,
  roleLabel: role, organizationId: role === 'unit' ? SCHOOL : COMMUNE, organizationName: role === 'unit' ? 'Trường Tiểu học Bình Thành' : 'Xã Bình Thành', csrfToken: 't',
})

const org = (id: string, name: string, parentId: string | null) => ({
  id, parentId, path: parentId ? `/${COMMUNE}/${id}/` : `/${id}/`, name, shortName: null, kind: parentId ? 'school' : 'commune', level: 'commune', track: 'government',
  validFrom: null, validTo: null, successorId: null, note: null, version: 1, updatedAt: '2025-01-01T00:00:00Z',
})
export const tree = { rootId: COMMUNE, items: [org(COMMUNE, 'Xã Bình Thành', null), org(SCHOOL, 'Trường Tiểu học Bình Thành', COMMUNE)] }

export function summary(fields: Partial<NominationSummary> = {}): NominationSummary {
  return {
    id: NOMINATION_ID,
    status: 'draft',
    statusLabel: 'Dự thảo',
    year: 2025,
    campaign: { id: '44444444-4444-4444-8444-444444444444', numberAndSymbol: '12/KH-UBND', title: 'Kế hoạch thi đua năm 2025' },
    nominatingOrganization: { id: SCHOOL, name: 'Trường Tiểu học Bình Thành' },
    subject: { kind: 'individual', id: '55555555-5555-4555-8555-555555555555', name: 'Hoàng Thị Lan', organizationName: 'Trường Tiểu học Bình Thành' },
    target: 'CSTD_CO_SO',
    targetName: 'Chiến sĩ thi đua cơ sở',
    targetShort: 'CSTĐCS',
    kind: 'cong_trang',
    simplified: false,
    simplifiedCase: null,
    simplifiedCaseLabel: null,
    eligible: true,
    deciding: { organizationId: COMMUNE, organizationName: 'Xã Bình Thành', competent: true, escalateTo: null },
    batch: null,
    submittedOn: null,
    deadline: { name: 'Nộp hồ sơ đề nghị khen thưởng', due: '2025-12-15', late: false, overridden: false },
    timer: null,
    version: 4,
    createdAt: '2025-11-20T02:00:00Z',
    updatedAt: '2025-11-20T02:00:00Z',
    ...fields,
  } as NominationSummary
}

export function detail(fields: Partial<NominationDetail> = {}): NominationDetail {
  const base = summary(fields)
  return {
    ...base,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2024–2025.',
    reviewMeeting: null,
    decisionDate: '2025-12-20',
    authority: {
      organizationId: COMMUNE, organizationName: 'Xã Bình Thành', date: '2025-12-20', authority: { code: 'CHU_TICH_UBND_XA', name: 'Chủ tịch UBND cấp xã' }, competent: true,
      citation: 'Luật TĐKT 2022, Điều 80', competentAuthorities: [{ code: 'CHU_TICH_UBND_XA', name: 'Chủ tịch UBND cấp xã' }], escalateTo: null,
      summary: 'Xã Bình Thành (Chủ tịch UBND cấp xã) có thẩm quyền quyết định CSTĐCS (Luật TĐKT 2022, Điều 80).',
    },
    eligibility: {
      evaluatedAt: '2025-11-20T02:00:00Z',
      input: {} as NominationDetail['eligibility']['input'],
      evaluation: {
        subject: { id: base.subject.id, name: base.subject.name, kind: 'individual' }, target: base.target, targetName: base.targetName, track: 'government', kind: 'cong_trang',
        date: '2025-12-20', year: 2025, ruleSet: { id: 'ND152_2025', name: 'Luật TĐKT 2022, Nghị định 152/2025/NĐ-CP', from: '2025-07-01', to: null }, province: null,
        eligible: true,
        criteria: [{ id: 'cstdcs.ldtt', criterion: 'Đạt danh hiệu Lao động tiên tiến năm 2025', passed: true, citation: 'Luật TĐKT 2022, Điều 23', facts: ['Năm 2025: LĐTT'], confidence: 'confirmed', source: 'law' }],
        authorities: [], ballot: null, dossier: [], procedure: [], bonus: null, usesInitiatives: [], usesAchievements: [], notes: [],
      } as unknown as NominationDetail['eligibility']['evaluation'],
    },
    deadlineOverride: null,
    dossier: {
      parts: [{ part: 'to-trinh', label: 'Tờ trình đề nghị khen thưởng kèm danh sách', docx: `/api/nominations/${base.id}/dossier/to-trinh.docx`, pdf: `/api/nominations/${base.id}/dossier/to-trinh.pdf`, problem: null }],
      uploads: [],
      completeness: { complete: true, requirements: [], missing: [] },
    },
    history: [{ id: 'e1', nominationId: base.id, fromStatus: null, toStatus: 'draft', reason: null, batchId: null, actorId: 'a', actorName: 'Nguyễn Văn An (binhthanh.truongtieuhoc)', at: '2025-11-20T02:00:00Z', fromLabel: null, toLabel: 'Dự thảo' }],
    nextStatuses: ['submitted'],
    ...fields,
  } as NominationDetail
}
