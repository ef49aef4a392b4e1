// Shapes, labels and query keys of the honour board pages (bảng vinh danh). The shapes are the server's own
// types (type-only imports); the labels mirror exemplar-kinds.ts and are checked against its types.
import type { ExemplarKind, ExemplarStatus, ExemplarSubjectKind } from '../../../server/modules/honours/exemplar-kinds.ts'

export type { ExemplarKind, ExemplarStatus, ExemplarSubjectKind } from '../../../server/modules/honours/exemplar-kinds.ts'
export type { ExemplarDetail, ExemplarSummary } from '../../../server/modules/honours/exemplar-view.ts'
export type { PublicExemplar, PublicExemplarCard, PublicHonourBoard } from '../../../server/modules/honours/public-honours.ts'
export type { PublicPostingEntry } from '../../../server/modules/postings/list-public-postings.ts'

export const KIND_LABELS = {
  good_deed: 'Người tốt, việc tốt',
  advanced: 'Điển hình tiên tiến',
  model: 'Mô hình hay, cách làm hiệu quả',
  initiative: 'Sáng kiến',
} as const satisfies Record<ExemplarKind, string>

export const KIND_COLORS = { good_deed: 'volcano', advanced: 'red', model: 'green', initiative: 'blue' } as const satisfies Record<ExemplarKind, string>

export const SUBJECT_KIND_LABELS = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
  named: 'Người, tập thể ngoài danh sách (nhập tên)',
} as const satisfies Record<ExemplarSubjectKind, string>

export const STATUS_LABELS = { draft: 'Dự thảo', published: 'Đang công bố', withdrawn: 'Đã gỡ' } as const satisfies Record<ExemplarStatus, string>
export const STATUS_COLORS = { draft: 'default', published: 'green', withdrawn: 'orange' } as const satisfies Record<ExemplarStatus, string>

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }))

export const HONOURS_KEY = ['honours'] as const
export const exemplarKey = (id: string) => [...HONOURS_KEY, 'detail', id] as const
