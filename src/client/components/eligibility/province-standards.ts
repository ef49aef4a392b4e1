// The province's own standards and quotas as the rules page reads them ("Không có thành viên bị kỷ luật từ
// Khiển trách trở lên"), and their vocabulary for the editor.
import { JUDGEMENTS } from '../../../rules/judgements.ts'
import { DISCIPLINE_FORMS, RATINGS, TRACKS } from '../../../rules/types.ts'
import type { ProvinceCriterion, ProvinceRules, Target } from '../../types.ts'
import { targetShort } from './eligibility-queries.ts'
import { formatShare } from './percent.ts'

export type ProvinceStandard = ProvinceRules['standards'][number]
export type ProvinceQuota = ProvinceRules['quotas'][number]
export type CriterionKind = ProvinceCriterion['kind']

export const CRITERION_KINDS: Record<CriterionKind, string> = {
  no_discipline: 'Không có người bị kỷ luật',
  min_rating: 'Xếp loại tối thiểu',
  judgement: 'Tiêu chuẩn do đơn vị đánh giá',
  holds: 'Đã đạt danh hiệu, hình thức',
  min_member_share: 'Tỷ lệ thành viên tối thiểu',
}
export const WHO = { self: 'bản thân đối tượng', members: 'thành viên của tập thể', self_and_members: 'tập thể và thành viên' } as const
export const MEASURES = { ldtt: 'đạt Lao động tiên tiến', cstdcs: 'đạt Chiến sĩ thi đua cơ sở', completed: 'hoàn thành nhiệm vụ' } as const
export const MODES = { add: 'Bổ sung vào tiêu chuẩn chung', replace: 'Thay thế tiêu chuẩn chung' } as const
export const QUOTA_SCOPES = { unit: 'Trong từng đơn vị', subtree: 'Cả đơn vị và các đơn vị trực thuộc' } as const

const running = (years: number) => (years > 1 ? ` ${years} năm liên tục` : '')

/** One criterion in a sentence (its own label when the province wrote one). */
export function describeCriterion(criterion: ProvinceCriterion, targets: readonly Target[] | undefined): string {
  if (criterion.label) return criterion.label
  switch (criterion.kind) {
    case 'no_discipline':
      return `Không có ${WHO[criterion.who]} bị kỷ luật từ ${DISCIPLINE_FORMS[criterion.from].label} trở lên`
    case 'min_rating':
      return `Xếp loại từ «${RATINGS[criterion.rating]}» trở lên${running(criterion.years)} (${TRACKS[criterion.track].toLowerCase()})`
    case 'judgement':
      return JUDGEMENTS[criterion.key as keyof typeof JUDGEMENTS] ?? criterion.key
    case 'holds':
      return `Đã đạt ${targetShort(targets, criterion.code)}${running(criterion.years)}`
    case 'min_member_share':
      return `Ít nhất ${formatShare(criterion.share)} thành viên ${MEASURES[criterion.measure]}`
  }
}

/** "GK Chủ tịch xã tối đa 20% số LĐTT (trường hợp đặc biệt 25%), trong từng đơn vị". */
export function describeQuota(quota: ProvinceQuota, targets: readonly Target[] | undefined): string {
  const exceptional = quota.exceptionalMaxShare === undefined ? '' : ` (trường hợp đặc biệt ${formatShare(quota.exceptionalMaxShare)})`
  return `${targetShort(targets, quota.target)} tối đa ${formatShare(quota.maxShare)} số ${targetShort(targets, quota.relativeTo)}${exceptional}, ${QUOTA_SCOPES[quota.per].toLowerCase()}`
}
