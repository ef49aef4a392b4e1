// Vietnamese labels of a history's coded values. Most come from the law engine's vocabulary
// (src/rules); the few the server keeps beside its SQL are repeated here, and `satisfies` against
// the server's own constants fails the type check the day they drift apart.
import type { ACHIEVEMENT_KINDS, INITIATIVE_TYPES } from '../../../server/modules/history/history.schemas.ts'
import type { AWARD_LEVELS, AWARD_SOURCES } from '../../../server/modules/registry/registry.repository.ts'
import { DISCIPLINE_FORMS, RATINGS, TRACKS } from '../../../rules/types.ts'

export const INITIATIVE_TYPE_LABELS = { sang_kien: 'Sáng kiến', de_tai: 'Đề tài khoa học', muu_tri: 'Mưu trí' } as const satisfies typeof INITIATIVE_TYPES
export const ACHIEVEMENT_KIND_LABELS = {
  phong_trao: 'Thành tích trong phong trào thi đua',
  dot_xuat: 'Thành tích đột xuất',
  dong_gop: 'Đóng góp công sức, đất đai, tài sản',
  cong_trang: 'Nhiều thành tích (công trạng)',
} as const satisfies typeof ACHIEVEMENT_KINDS
export const AWARD_LEVEL_LABELS = { central: 'Trung ương', ministry: 'Cấp bộ, ngành', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã', unit: 'Cấp đơn vị' } as const satisfies typeof AWARD_LEVELS
export const AWARD_SOURCE_LABELS = { manual: 'Nhập tay', import: 'Nhập từ tệp (Excel, Word, PDF)', decision: 'Từ quyết định khen thưởng' } as const satisfies typeof AWARD_SOURCES

/** Only the State and the Party rate people and discipline them. */
export const GOVERNMENT_OR_PARTY = { government: TRACKS.government, party: TRACKS.party } as const

export const EMPLOYMENT_LABELS = {
  state: 'Cán bộ, công chức, viên chức, người lao động trong khu vực nhà nước',
  outside_state: 'Công nhân, nông dân, người lao động khác',
} as const

export const RATING_OPTIONS = Object.entries(RATINGS).map(([value, label]) => ({ value, label: `${value} — ${label}` }))
export const DISCIPLINE_OPTIONS = Object.entries(DISCIPLINE_FORMS).map(([value, form]) => ({ value, label: form.label }))

/** The page of a subject: a person's, a collective's (organization) or a household's. */
export function subjectPath(kind: 'individual' | 'collective' | 'household', id: string): string {
  return kind === 'individual' ? `/ca-nhan/${id}` : kind === 'collective' ? `/to-chuc/${id}/lich-su` : `/ho-gia-dinh/${id}/lich-su`
}
