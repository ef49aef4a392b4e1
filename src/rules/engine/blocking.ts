// Rules that block or limit any commendation (law.md §3):
//   B2 no commendation while discipline is considered, an investigation, inspection or check runs,
//      or a complaint, denunciation or press report is being handled (NĐ 152/2025, Điều 4, khoản 4);
//   B3 after discipline, achievements count only from the end of its period (same clause);
//   B4 one achievement is commended once (Luật TĐKT 2022, Điều 5, khoản 2);
//   ad hoc and thematic results are no basis for a merit (công trạng) award (NĐ 152/2025, Điều 4, khoản 3).
import { CATALOGUE } from '../catalogue/index.ts'
import type { CatalogueCode } from '../catalogue/types.ts'
import { law, nd152, nd98 } from '../citations.ts'
import { overlaps, viDate, yearOf } from '../dates.ts'
import { PROCEEDING_KINDS } from '../history.ts'
import { TRACKS, weakest, type Confidence, type DateSpan } from '../types.ts'
import { criterion } from './criterion.ts'
import { awardFact, disciplineLabel } from './facts.ts'
import { disciplineSpans } from './queries.ts'
import type { Criterion, EvalContext } from './types.ts'

/** NĐ 152 Điều 4 (3), (4); NĐ 98 carries the same content (khoản 3 confirmed, khoản 4 by inference). */
function article4(ctx: EvalContext, khoan: 3 | 4): { citation: string; confidence: Confidence } {
  const base =
    ctx.ruleSet.id === 'ND152_2025'
      ? { citation: nd152(4, khoan), confidence: 'confirmed' as const }
      : khoan === 3
        ? { citation: nd98(4, 3), confidence: 'confirmed' as const }
        : { citation: `${nd98(4)} (nội dung như ${nd152(4, 4)})`, confidence: 'indirect' as const }
  return ctx.entry.track === 'government'
    ? base
    : { citation: `${base.citation} — áp dụng tương tự cho khen thưởng của ${TRACKS[ctx.entry.track]} (suy luận)`, confidence: weakest(base.confidence, 'indirect') }
}

export function pendingProceedings(ctx: EvalContext): Criterion {
  const { citation, confidence } = article4(ctx, 4)
  const started = ctx.subject.proceedings.filter((p) => p.startDate <= ctx.date)
  const open = started.filter((p) => p.endDate === null || p.endDate > ctx.date)
  const facts = started.map((p) => {
    const state = open.includes(p) ? (p.endDate ? `dự kiến kết thúc ${viDate(p.endDate)}, chưa kết thúc vào ngày xét` : 'chưa kết thúc') : `đã kết thúc ngày ${viDate(p.endDate ?? p.startDate)}`
    return `${PROCEEDING_KINDS[p.kind]} từ ngày ${viDate(p.startDate)} (${state})${p.note ? `: ${p.note}` : ''}`
  })
  if (facts.length === 0) facts.push('Không có ghi nhận đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra, khiếu nại, tố cáo')
  return criterion('block.pending', 'Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo', citation, open.length === 0, facts, confidence)
}

export function disciplineBlock(ctx: EvalContext, period: DateSpan): Criterion {
  const { citation, confidence } = article4(ctx, 4)
  const facts: string[] = []
  let blocked = false
  let computed = false
  for (const span of disciplineSpans(ctx.subject, ctx.params)) {
    if (span.from > ctx.date) continue
    const inPeriod = overlaps(span, period)
    const inForce = span.from <= ctx.date && (span.to === null || span.to >= ctx.date)
    const end = span.to ? `đến hết ngày ${viDate(span.to)}` : 'chưa có ngày kết thúc'
    const how = span.computed ? ` (thời hạn tính theo mức mặc định: ${ctx.params.disciplineMonths.citation})` : ''
    const track = span.record.track === 'government' ? '' : ` (kỷ luật ${TRACKS[span.record.track].toLowerCase()})`
    const line = `Kỷ luật ${disciplineLabel(span.record.form).toLowerCase()}${track} từ ngày ${viDate(span.record.startDate)} ${end}${how}`
    if (inPeriod || inForce) {
      blocked = true
      computed ||= span.computed
      facts.push(`${line}: ${inForce ? 'còn hiệu lực vào ngày xét' : `trùng thời gian thành tích ${viDate(period.from)} – ${viDate(period.to)}`}; thành tích chỉ tính từ sau ngày kết thúc kỷ luật`)
    } else {
      facts.push(`${line}: đã kết thúc trước thời gian thành tích`)
    }
  }
  if (facts.length === 0) facts.push('Không có ghi nhận kỷ luật')
  return criterion(
    'block.discipline',
    'Không trong thời hạn kỷ luật; thời gian thành tích sau ngày hết thời hạn kỷ luật',
    citation,
    !blocked,
    facts,
    computed ? weakest(confidence, ctx.params.disciplineMonths.confidence) : confidence,
  )
}

export function sameAchievement(ctx: EvalContext, period: DateSpan): Criterion {
  const first = yearOf(period.from)
  const last = yearOf(period.to)
  const facts: string[] = []
  const sameForm =
    ctx.kind === 'cong_trang' ? ctx.subject.awards.filter((a) => a.code === ctx.code && a.kind === 'cong_trang' && a.year >= first && a.year <= last) : []
  for (const a of sameForm) facts.push(`Đã được ${awardFact(a)}: thành tích ${first === last ? `năm ${first}` : `các năm ${first}–${last}`} đã được khen`)
  const sameRef = ctx.achievementId ? ctx.subject.awards.filter((a) => a.achievementRef === ctx.achievementId) : []
  for (const a of sameRef) facts.push(`Thành tích «${ctx.achievementId}» đã được khen: ${awardFact(a)}`)
  const passed = sameForm.length === 0 && sameRef.length === 0
  if (passed) facts.push(`Chưa được tặng ${CATALOGUE[ctx.code].short} cho thành tích này`)
  return criterion('block.same_achievement', 'Thành tích chưa được khen thưởng (một thành tích không khen hai lần)', law(5, 2), passed, facts)
}

/**
 * For awards built on an earlier award (Bằng khen Thủ tướng on a Bằng khen tỉnh, Huân chương on a Bằng khen
 * Thủ tướng): an earlier ad hoc or thematic award is no basis. Fails only when such an award is all there is.
 */
export function nonMeritBasis(ctx: EvalContext, codes: CatalogueCode[], latestYear: number, meritFound: boolean): Criterion {
  const { citation, confidence } = article4(ctx, 3)
  const others = ctx.subject.awards.filter((a) => codes.includes(a.code) && a.kind !== 'cong_trang' && a.year <= latestYear)
  const facts = others.map((a) => `${awardFact(a)}: không được dùng làm căn cứ đề nghị khen thưởng công trạng`)
  if (facts.length === 0) facts.push('Không dùng khen thưởng đột xuất, chuyên đề làm căn cứ')
  return criterion(
    'block.adhoc_basis',
    'Khen thưởng đột xuất, theo chuyên đề không làm căn cứ đề nghị khen thưởng công trạng',
    citation,
    meritFound || others.length === 0,
    facts,
    confidence,
  )
}
