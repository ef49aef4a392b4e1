// Lao động tiên tiến (Luật TĐKT 2022, Điều 24; Thông tư 01/2024/TT-BNV, Điều 1, khoản 5; law.md §1.2, B8).
import { law } from '../citations.ts'
import { fullMonthsBetween, minDate, viDate, yearEnd } from '../dates.ts'
import { criterion } from '../engine/criterion.ts'
import { ratingFact } from '../engine/facts.ts'
import { judgementCriterion } from '../engine/judgement.ts'
import { ratingIn, yearSpan } from '../engine/queries.ts'
import type { Criterion, EvalContext, Evaluator } from '../engine/types.ts'
import { ratingAtLeast } from '../types.ts'

/** The LĐTT standard for the year: also the first standard of CSTĐCS (Điều 23, khoản 1). */
export function ldttStandard(ctx: EvalContext): Criterion[] {
  const s = ctx.subject
  if (s.employment === 'outside_state') {
    return [judgementCriterion(ctx, 'ldtt.worker', ['SAN_XUAT', 'THI_DUA', 'GUONG_MAU', 'CONG_DONG'], `${law(24)} (công nhân, nông dân, người lao động)`)]
  }
  const rating = ratingIn(s, ctx.year)
  const ratingCriterion = criterion(
    'ldtt.rating',
    `Xếp loại năm ${ctx.year} từ «Hoàn thành tốt nhiệm vụ» trở lên`,
    law(24, 1),
    rating ? ratingAtLeast(rating.rating, 'HTTNV') : null,
    [ratingFact(ctx.year, rating)],
  )
  return [ratingCriterion, judgementCriterion(ctx, 'ldtt.spirit', ['TU_LUC_DOAN_KET', 'THI_DUA'], law(24, 1)), serviceCriterion(ctx)]
}

/** Not recruited less than N months before the end of the year under review (B8). */
function serviceCriterion(ctx: EvalContext): Criterion {
  const p = ctx.params.ldttMinServiceMonths
  const label = `Không phải người mới tuyển dụng dưới ${p.value} tháng`
  const recruited = ctx.subject.recruitmentDate
  if (!recruited) return criterion('ldtt.service', label, p.citation, null, ['Chưa có ngày tuyển dụng'], p.confidence)
  const at = minDate(yearEnd(ctx.year), ctx.date)
  const months = fullMonthsBetween(recruited, at)
  return criterion(
    'ldtt.service',
    label,
    p.citation,
    months >= p.value,
    [`Tuyển dụng ngày ${viDate(recruited)}; đến ngày ${viDate(at)} được ${Math.max(months, 0)} tháng (yêu cầu ${p.value} tháng)`],
    p.confidence,
  )
}

export const evaluateLdtt: Evaluator = (ctx) => ({ criteria: ldttStandard(ctx), period: yearSpan(ctx) })
