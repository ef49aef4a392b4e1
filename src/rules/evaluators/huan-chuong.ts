// Huân chương Lao động (Luật TĐKT 2022, Điều 42–44). Hạng Ba for regular achievement of an individual
// is digitised (Điều 44, khoản 1, điểm e; law.md §2.3); long service (điểm g, NĐ 152/2025 Điều 21),
// ad hoc, collective, hạng Nhì and hạng Nhất standards were not read (❓) and are reported as unknown.
import { law, nd152 } from '../citations.ts'
import { notDigitised } from '../engine/criterion.ts'
import { yearSpan } from '../engine/queries.ts'
import type { Evaluator } from '../engine/types.ts'
import { chainAward } from './bang-khen.ts'
import { ratedOnce } from './chains.ts'
import { yearRange } from '../dates.ts'

export const evaluateHuanChuongLaoDongHangBa: Evaluator = (ctx) => {
  if (ctx.subject.kind === 'individual' && ctx.kind === 'cong_trang') {
    const cite = law(44, 1, 'e')
    const years = yearRange(ctx.year - 4, ctx.year)
    return chainAward(ctx, 'hcld3', ['BANG_KHEN_THU_TUONG'], 'Bằng khen của Thủ tướng Chính phủ', cite, [
      ratedOnce(ctx, 'hcld3.htxsnv', years, 'HTXSNV', 'Trong thời gian đó có ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ', cite),
    ])
  }
  const citation = ctx.kind === 'cong_hien' ? `${law(44, 1, 'g')}; ${nd152(21)}` : law(44)
  return { criteria: [notDigitised('hcld.standard', 'Tiêu chuẩn Huân chương Lao động hạng Ba cho trường hợp này (tập thể, đột xuất hoặc quá trình cống hiến)', citation)], period: yearSpan(ctx) }
}

/** Hạng Nhì (Điều 43) and hạng Nhất (Điều 42): standards not found in the sources (law.md §2.3 ❓). */
export const evaluateHuanChuongLaoDongHigher: Evaluator = (ctx) => ({
  criteria: [notDigitised('hcld.standard', `Tiêu chuẩn ${ctx.entry.name}`, ctx.entry.citation)],
  period: yearSpan(ctx),
})
