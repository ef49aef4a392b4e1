// Chiến sĩ thi đua: cơ sở (Luật TĐKT 2022, Điều 23), cấp tỉnh (Điều 22), toàn quốc (Điều 21); law.md §1.2.
import { INITIATIVE_ONCE, law } from '../citations.ts'
import { yearRange, yearStart } from '../dates.ts'
import { criterion, oneOf } from '../engine/criterion.ts'
import { ratingFact } from '../engine/facts.ts'
import { ratingIn, usableInitiatives, yearSpan } from '../engine/queries.ts'
import type { Evaluator } from '../engine/types.ts'
import { heldEveryYear } from './chains.ts'
import { ldttStandard } from './ldtt.ts'

export const evaluateCstdcs: Evaluator = (ctx) => {
  const ldtt = ldttStandard(ctx).map((c) => ({ ...c, criterion: `Đạt tiêu chuẩn Lao động tiên tiến — ${c.criterion}`, citation: `${law(23, 1)}; ${c.citation}` }))
  const window = yearSpan(ctx)
  const rating = ratingIn(ctx.subject, ctx.year)
  const initiative = (type: 'sang_kien' | 'de_tai' | 'muu_tri', id: string, label: string) => {
    const found = usableInitiatives(ctx, { types: [type], minLevel: 'co_so', window, mustBeApplied: false })
    return { found, route: criterion(id, label, `${law(23, 2)}; ${INITIATIVE_ONCE}`, found.usable.length > 0, found.facts) }
  }
  const byRating = criterion('cstdcs.route.htxsnv', `Xếp loại «Hoàn thành xuất sắc nhiệm vụ» năm ${ctx.year}`, law(23, 2), rating ? rating.rating === 'HTXSNV' : null, [ratingFact(ctx.year, rating)])
  const routes = [
    initiative('sang_kien', 'cstdcs.route.initiative', 'Có sáng kiến được công nhận cấp cơ sở, chưa dùng để xét khen thưởng'),
    initiative('de_tai', 'cstdcs.route.science', 'Có đề tài, đề án khoa học đã được nghiệm thu'),
    initiative('muu_tri', 'cstdcs.route.ingenuity', 'Có mưu trí, sáng tạo trong chiến đấu được đơn vị công nhận'),
  ]
  const excellence = oneOf('cstdcs.excellence', 'Đạt một trong các tiêu chuẩn: hoàn thành xuất sắc nhiệm vụ, sáng kiến, đề tài khoa học, mưu trí', law(23, 2), [byRating, ...routes.map((r) => r.route)])
  const used = byRating.passed === true ? [] : (routes.find((r) => r.found.usable.length > 0)?.found.usable.slice(0, 1) ?? [])
  return { criteria: [...ldtt, excellence], period: window, usesInitiatives: used.map((i) => i.id) }
}

export const evaluateCstdTinh: Evaluator = (ctx) => {
  const years = yearRange(ctx.year - 2, ctx.year)
  const chain = heldEveryYear(ctx, 'cstd_tinh.chain', 'CSTDCS', years, `03 lần liên tục đạt Chiến sĩ thi đua cơ sở (${years[0]}–${ctx.year})`, law(22))
  const found = usableInitiatives(ctx, { types: ['sang_kien', 'de_tai'], minLevel: 'tinh', window: { from: yearStart(ctx.year - 2), to: ctx.date }, mustBeApplied: true })
  const initiative = criterion(
    'cstd_tinh.initiative',
    'Có sáng kiến hoặc đề tài khoa học áp dụng hiệu quả, có phạm vi ảnh hưởng trong bộ, ngành, tỉnh, được người đứng đầu công nhận',
    `${law(22)}; ${INITIATIVE_ONCE}`,
    found.usable.length > 0,
    found.facts,
  )
  return { criteria: [chain, initiative], period: yearSpan(ctx, ctx.year - 2), usesInitiatives: found.usable.slice(0, 1).map((i) => i.id) }
}

export const evaluateCstdToanQuoc: Evaluator = (ctx) => {
  const cycle = ctx.params.cstdTinhCycleYears
  const chainYears = [ctx.year - cycle.value, ctx.year]
  const chain = heldEveryYear(ctx, 'cstd_tq.chain', 'CSTD_TINH', chainYears, `02 lần liên tục đạt Chiến sĩ thi đua cấp bộ, tỉnh (${chainYears.join(' và ')})`, law(21))
  const first = ctx.year - 2 * cycle.value + 1
  const found = usableInitiatives(ctx, { types: ['sang_kien', 'de_tai', 'muu_tri'], minLevel: 'toan_quoc', window: { from: yearStart(first), to: ctx.date }, mustBeApplied: true })
  const initiative = criterion(
    'cstd_tq.initiative',
    'Có sáng kiến, đề tài khoa học hoặc mưu trí áp dụng hiệu quả, có phạm vi ảnh hưởng toàn quốc',
    `${law(21)}; ${INITIATIVE_ONCE}`,
    found.usable.length > 0,
    found.facts,
  )
  return {
    criteria: [{ ...chain, confidence: cycle.confidence, facts: [...chain.facts, `Khoảng cách giữa hai lần: ${cycle.value} năm (${cycle.note ?? cycle.citation})`] }, initiative],
    period: yearSpan(ctx, first),
    usesInitiatives: found.usable.slice(0, 1).map((i) => i.id),
  }
}
