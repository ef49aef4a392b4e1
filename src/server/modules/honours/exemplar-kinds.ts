// The kinds of exemplar (gương điển hình) the honour board presents, and the states of an entry. Pure.
// The four kinds are those the plans ask to be found, honoured and spread ("phát hiện, bồi dưỡng, tổng kết và
// nhân rộng"): seed 003 (141/KH-UBND) names "gương điển hình tiên tiến, nhân tố mới, mô hình mới, gương người tốt
// việc tốt" and "sáng kiến… mang lại hiệu quả cao"; seed 002 (27/KH-UBND Bình An) "gương người tốt, việc tốt".

export const EXEMPLAR_KINDS = {
  good_deed: 'Người tốt, việc tốt',
  advanced: 'Điển hình tiên tiến',
  model: 'Mô hình hay, cách làm hiệu quả',
  initiative: 'Sáng kiến',
} as const
export type ExemplarKind = keyof typeof EXEMPLAR_KINDS
export const EXEMPLAR_KIND_KEYS = Object.keys(EXEMPLAR_KINDS) as [ExemplarKind, ...ExemplarKind[]]

/** Who the exemplar is: a subject of the registry, or a name typed by the officer (someone outside it). */
export const EXEMPLAR_SUBJECT_KINDS = { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình', named: 'Người, tập thể ngoài danh sách (nhập tên)' } as const
export type ExemplarSubjectKind = keyof typeof EXEMPLAR_SUBJECT_KINDS
export const EXEMPLAR_SUBJECT_KIND_KEYS = Object.keys(EXEMPLAR_SUBJECT_KINDS) as [ExemplarSubjectKind, ...ExemplarSubjectKind[]]

/** draft → published → withdrawn (with the reason); a withdrawn one may be corrected and published again. */
export const EXEMPLAR_STATUSES = { draft: 'Dự thảo', published: 'Đang công bố', withdrawn: 'Đã gỡ' } as const
export type ExemplarStatus = keyof typeof EXEMPLAR_STATUSES
export const EXEMPLAR_STATUS_KEYS = Object.keys(EXEMPLAR_STATUSES) as [ExemplarStatus, ...ExemplarStatus[]]
