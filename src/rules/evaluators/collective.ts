// Collective titles of units: Tập thể lao động tiên tiến (Luật TĐKT 2022, Điều 28), Tập thể lao động
// xuất sắc (Điều 27), Cờ thi đua cấp tỉnh (Điều 26), Cờ thi đua của Chính phủ (Điều 25); law.md §1.3.
import { bacNinh, law } from '../citations.ts'
import { viDate, yearOf } from '../dates.ts'
import { allOf, criterion, oneOf } from '../engine/criterion.ts'
import { disciplineLabel, ratingFact } from '../engine/facts.ts'
import { judgementCriterion } from '../engine/judgement.ts'
import { collectiveYear, ratingIn, usableAchievements, yearSpan } from '../engine/queries.ts'
import type { Criterion, EvalContext, Evaluator } from '../engine/types.ts'
import { disciplineAtLeast, ratingAtLeast, type Confidence, type DisciplineForm, type Rating } from '../types.ts'

function collectiveRating(ctx: EvalContext, id: string, minimum: Rating, citation: string, confidence: Confidence = 'confirmed'): Criterion {
  const rating = ratingIn(ctx.subject, ctx.year)
  const label = minimum === 'HTXSNV' ? `Tập thể hoàn thành xuất sắc nhiệm vụ năm ${ctx.year}` : `Tập thể hoàn thành tốt nhiệm vụ năm ${ctx.year} trở lên`
  return criterion(id, label, citation, rating ? ratingAtLeast(rating.rating, minimum) : null, [ratingFact(ctx.year, rating)], confidence)
}

const MEASURES = { ldtt: ['ldttCount', 'đạt Lao động tiên tiến'], cstdcs: ['cstdcsCount', 'đạt Chiến sĩ thi đua cơ sở'], completed: ['completedTaskCount', 'hoàn thành nhiệm vụ'] } as const

/** At least `min` of the members reached `measure` in the year. */
export function memberShare(ctx: EvalContext, id: string, measure: keyof typeof MEASURES, min: number, citation: string, confidence: Confidence = 'confirmed'): Criterion {
  const [field, what] = MEASURES[measure]
  const label = min === 1 ? `100% thành viên ${what}` : `Ít nhất ${Math.round(min * 100)}% thành viên ${what}`
  const cy = collectiveYear(ctx.subject, ctx.year)
  const n = cy?.[field]
  if (!cy || n === undefined || cy.memberCount === 0) return criterion(id, label, citation, null, [`Năm ${ctx.year}: chưa có số liệu thành viên ${what}`], confidence)
  const share = n / cy.memberCount
  return criterion(id, label, citation, share >= min, [`Năm ${ctx.year}: ${n}/${cy.memberCount} thành viên ${what} (${Math.round(share * 1000) / 10}%)`], confidence)
}

/** No member disciplined at `from` or above during the year. */
function memberDiscipline(ctx: EvalContext, id: string, from: DisciplineForm, citation: string, confidence: Confidence): Criterion {
  const label = `Không có thành viên bị kỷ luật từ hình thức ${disciplineLabel(from).toLowerCase()} trở lên`
  const cy = collectiveYear(ctx.subject, ctx.year)
  if (!cy) return criterion(id, label, citation, null, [`Năm ${ctx.year}: chưa có số liệu kỷ luật thành viên`], confidence)
  const inYear = cy.memberDiscipline.filter((d) => yearOf(d.date) === ctx.year)
  const blocking = inYear.filter((d) => disciplineAtLeast(d.form, from))
  const facts = inYear.map((d) => `${d.member ?? 'Một thành viên'} bị kỷ luật ${disciplineLabel(d.form).toLowerCase()} ngày ${viDate(d.date)}${blocking.includes(d) ? '' : ' (dưới mức loại trừ)'}`)
  if (facts.length === 0) facts.push(`Năm ${ctx.year}: không có thành viên bị kỷ luật`)
  return criterion(id, label, citation, blocking.length === 0, facts, confidence)
}

function cluster(ctx: EvalContext, id: string, citation: string, confidence: Confidence, levels: ('tinh' | 'trung_uong')[]): Criterion {
  const cy = collectiveYear(ctx.subject, ctx.year)
  const where = levels.includes('tinh') ? 'cụm, khối thi đua do bộ, ngành, tỉnh tổ chức' : 'cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức'
  const label = `Dẫn đầu ${where}`
  if (!cy) return criterion(id, label, citation, null, [`Năm ${ctx.year}: chưa có kết quả cụm, khối thi đua`], confidence)
  const leads = cy.leadsCluster !== null && levels.includes(cy.leadsCluster)
  return criterion(id, label, citation, leads, [`Năm ${ctx.year}: ${cy.leadsCluster === null ? 'không dẫn đầu cụm, khối thi đua' : `dẫn đầu cụm, khối thi đua ${cy.leadsCluster === 'tinh' ? 'cấp tỉnh, bộ' : 'trung ương'}`}`], confidence)
}

function exceeded(ctx: EvalContext, id: string, citation: string, confidence: Confidence): Criterion {
  const value = collectiveYear(ctx.subject, ctx.year)?.exceededTargets
  return criterion(id, 'Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao', citation, value ?? null, [
    value === undefined ? `Năm ${ctx.year}: chưa có kết quả thực hiện chỉ tiêu` : `Năm ${ctx.year}: ${value ? 'vượt' : 'không vượt'} chỉ tiêu`,
  ], confidence)
}

export const evaluateTtldtt: Evaluator = (ctx) => {
  const cite = `${law(28)}; ${bacNinh(4, 2)}`
  const share = ctx.params.ttldttMinLdttShare
  const from = ctx.params.ttldttMemberDisciplineFrom
  return {
    criteria: [
      collectiveRating(ctx, 'ttldtt.result', 'HTTNV', cite, 'indirect'),
      memberShare(ctx, 'ttldtt.ldtt_share', 'ldtt', share.value, share.citation, share.confidence),
      memberDiscipline(ctx, 'ttldtt.member_discipline', from.value, from.citation, from.confidence),
      judgementCriterion(ctx, 'ttldtt.spirit', ['THI_DUA', 'NOI_BO_DOAN_KET'], cite, { confidence: 'indirect' }),
    ],
    period: yearSpan(ctx),
  }
}

function hasCstdcs(ctx: EvalContext): Criterion {
  const n = collectiveYear(ctx.subject, ctx.year)?.cstdcsCount
  const fact = n === undefined ? `Năm ${ctx.year}: chưa có số liệu Chiến sĩ thi đua cơ sở` : `Năm ${ctx.year}: ${n} thành viên đạt Chiến sĩ thi đua cơ sở`
  return criterion('ttldxs.cstdcs', 'Có cá nhân đạt Chiến sĩ thi đua cơ sở', law(27), n === undefined ? null : n >= 1, [fact])
}

export const evaluateTtldxs: Evaluator = (ctx) => ({
  criteria: [
    collectiveRating(ctx, 'ttldxs.result', 'HTXSNV', law(27)),
    memberShare(ctx, 'ttldxs.completed', 'completed', 1, law(27)),
    memberShare(ctx, 'ttldxs.ldtt_share', 'ldtt', 0.7, law(27)),
    hasCstdcs(ctx),
    judgementCriterion(ctx, 'ttldxs.spirit', ['THI_DUA', 'NOI_BO_DOAN_KET'], law(27)),
  ],
  period: yearSpan(ctx),
})

export const evaluateCoThiDuaTinh: Evaluator = (ctx) => {
  const cite = `${law(26)}; ${bacNinh(3, 1)}`
  return {
    criteria: [
      cluster(ctx, 'co_tinh.cluster', cite, 'indirect', ['tinh', 'trung_uong']),
      exceeded(ctx, 'co_tinh.targets', cite, 'indirect'),
      judgementCriterion(ctx, 'co_tinh.spirit', ['DANG_DOAN_THE', 'NOI_BO_DOAN_KET', 'TIET_KIEM'], cite, { confidence: 'indirect' }),
    ],
    period: yearSpan(ctx),
  }
}

export const evaluateCoThiDuaChinhPhu: Evaluator = (ctx) => {
  const parts = [
    cluster(ctx, 'co_cp.cluster', law(25, 1), 'confirmed', ['tinh']),
    exceeded(ctx, 'co_cp.targets', law(25, 1), 'confirmed'),
    judgementCriterion(ctx, 'co_cp.spirit', ['DANG_DOAN_THE', 'NOI_BO_DOAN_KET', 'TIET_KIEM'], law(25, 1)),
  ]
  const provincial = criterion('co_cp.route.province', 'Tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua của bộ, tỉnh, vượt chỉ tiêu, đoàn kết, tiết kiệm', law(25, 1), allOf(parts.map((p) => p.passed)), parts.flatMap((p) => p.facts))
  const central = { ...cluster(ctx, 'co_cp.route.central', law(25, 1), 'confirmed', ['trung_uong']), criterion: 'Dẫn đầu cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức' }
  const movement = usableAchievements(ctx, { kinds: ['phong_trao'], minLevel: 'toan_quoc', window: yearSpan(ctx) })
  const byMovement = criterion('co_cp.route.movement', 'Dẫn đầu phong trào thi đua do Thủ tướng phát động (từ 05 năm trở lên) khi sơ kết, tổng kết', law(25, 1), movement.usable.length > 0, movement.facts)
  return {
    criteria: [oneOf('co_cp.route', 'Đạt một trong các trường hợp tặng Cờ thi đua của Chính phủ', law(25, 1), [provincial, central, byMovement])],
    period: yearSpan(ctx),
    usesAchievements: byMovement.passed ? movement.usable.slice(0, 1).map((a) => a.id) : [],
  }
}
