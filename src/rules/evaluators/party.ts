// The Party track: ratings of Party organisations (Quy định 366-QĐ/TW, Điều 11) and Party commendations
// (Hướng dẫn 06-HD/TW, mục 19; law.md §2.5). Ratings are read from `ratings` with track "party".
import { hd06, qd366 } from '../citations.ts'
import { overlaps, viDate, yearEnd, yearRange, yearStart } from '../dates.ts'
import { criterion, notDigitised } from '../engine/criterion.ts'
import { disciplineLabel } from '../engine/facts.ts'
import { judgementCriterion } from '../engine/judgement.ts'
import { collectiveYear, disciplineSpans, yearSpan } from '../engine/queries.ts'
import type { Criterion, EvalContext, Evaluator } from '../engine/types.ts'
import { ratedEveryYear } from './chains.ts'

/** Ratings whose standards law.md does not give (đảng viên HTXSNV/HTTNV, tổ chức đảng HTTNV). */
export const evaluatePartyRating: Evaluator = (ctx) => ({
  criteria: [notDigitised('party.rating_standard', `Tiêu chuẩn xếp loại «${ctx.entry.name}»`, ctx.entry.citation)],
  period: yearSpan(ctx),
})

/** First rating year under Quy định 366-QĐ/TW (issued in 2025; its exact date is not in law.md). */
const QD366_FIRST_YEAR = 2025

function measured(ctx: EvalContext, id: string, label: string, value: number | undefined, ok: (v: number) => boolean, show: (v: number) => string): Criterion {
  return criterion(id, label, qd366(11), value === undefined ? null : ok(value), [value === undefined ? `Năm ${ctx.year}: chưa có số liệu` : `Năm ${ctx.year}: ${show(value)}`])
}

export const evaluatePartyOrganisationExcellent: Evaluator = (ctx) => {
  if (ctx.year < QD366_FIRST_YEAR) {
    return { criteria: [notDigitised('party.org.rules', `Tiêu chuẩn xếp loại tổ chức đảng năm ${ctx.year} (trước Quy định 366-QĐ/TW)`, 'Quy định xếp loại của Đảng trước năm 2025')], period: yearSpan(ctx) }
  }
  const cy = collectiveYear(ctx.subject, ctx.year)
  const percent = (v: number) => `${Math.round(v * 1000) / 10}%`
  const year = { from: yearStart(ctx.year), to: yearEnd(ctx.year) }
  const disciplined = disciplineSpans(ctx.subject, ctx.params).filter((d) => overlaps(d, year))
  return {
    criteria: [
      measured(ctx, 'party.org.score', 'Đạt từ 90 điểm trở lên', cy?.partyScore, (v) => v >= 90, (v) => `${v} điểm`),
      measured(ctx, 'party.org.tasks_done', '100% chỉ tiêu, nhiệm vụ hoàn thành', cy?.partyTasksCompletedShare, (v) => v >= 1, (v) => `hoàn thành ${percent(v)}`),
      measured(ctx, 'party.org.tasks_exceeded', 'Ít nhất 30% chỉ tiêu, nhiệm vụ hoàn thành vượt mức', cy?.partyTasksExceededShare, (v) => v >= 0.3, (v) => `vượt mức ${percent(v)}`),
      criterion(
        'party.org.no_discipline',
        'Tổ chức đảng không bị thi hành kỷ luật trong năm',
        qd366(11),
        disciplined.length === 0,
        disciplined.length ? disciplined.map((d) => `Kỷ luật ${disciplineLabel(d.record.form).toLowerCase()} từ ngày ${viDate(d.from)}`) : [`Năm ${ctx.year}: không bị kỷ luật`],
      ),
    ],
    period: yearSpan(ctx),
  }
}

/** A Party commendation for HTXSNV in the year, or in 5 consecutive years. */
function partyExcellence(years: 1 | 5, muc: '19.1' | '19.2', extraJudgement = false): Evaluator {
  return (ctx) => {
    const range = yearRange(ctx.year - years + 1, ctx.year)
    const label = years === 1 ? `Hoàn thành xuất sắc nhiệm vụ năm ${ctx.year} (xếp loại của Đảng)` : `05 năm liên tục hoàn thành xuất sắc nhiệm vụ (${range[0]}–${ctx.year}, xếp loại của Đảng)`
    const id = `${muc === '19.2' ? 'party.member' : 'party.org'}.${years === 1 ? 'htxsnv' : 'five_years'}`
    const rated = ratedEveryYear(ctx, id, range, 'HTXSNV', label, hd06(muc), 'party')
    const criteria = [{ ...rated, confidence: ctx.entry.confidence }]
    if (extraJudgement) criteria.push(judgementCriterion(ctx, 'party.org.exemplary', ['DANG_TIEU_BIEU'], hd06(muc)))
    return { criteria, period: yearSpan(ctx, range[0]) }
  }
}

export const evaluatePartyMemberYear = partyExcellence(1, '19.2')
export const evaluatePartyMemberFiveYears = partyExcellence(5, '19.2')
export const evaluatePartyCellYear = partyExcellence(1, '19.1')
export const evaluatePartyOrganisationExemplary = partyExcellence(1, '19.1', true)
export const evaluatePartyOrganisationFiveYears = partyExcellence(5, '19.1')
