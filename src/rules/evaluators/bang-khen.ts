// Bằng khen of the provincial chair or a minister (Luật TĐKT 2022, Điều 74) and of the Prime Minister
// (Điều 73); law.md §2.3. Collective and household wording of Điều 74 follows Bắc Ninh QĐ 86/2025 (⚠️).
import { bacNinh, INITIATIVE_ONCE, law } from '../citations.ts'
import { yearRange, yearStart } from '../dates.ts'
import { allOf, anyOf, criterion, notDigitised, oneOf } from '../engine/criterion.ts'
import { judgementCriterion } from '../engine/judgement.ts'
import { usableAchievements, usableInitiatives, yearSpan } from '../engine/queries.ts'
import type { Criterion, EvalContext, Evaluator, EvaluatorResult } from '../engine/types.ts'
import { nonMeritBasis } from '../engine/blocking.ts'
import type { AchievementRecord } from '../history.ts'
import { heldAtLeast, heldEveryYear, prerequisite, ratedEveryYear } from './chains.ts'
import type { Level } from '../types.ts'

function achievementRoute(ctx: EvalContext, id: string, label: string, citation: string, kinds: AchievementRecord['kind'][], minLevel: Level) {
  const found = usableAchievements(ctx, { kinds, minLevel, window: yearSpan(ctx) })
  return { route: criterion(id, label, citation, found.usable.length > 0, found.facts), uses: found.usable.slice(0, 1).map((a) => a.id) }
}

/** Route (d) for individuals: 2 consecutive CSTĐCS, or 2 consecutive HTXSNV years with 2 unused grassroots initiatives. */
function recordRoute(ctx: EvalContext): { route: Criterion; usesInitiatives: string[] } {
  const years = yearRange(ctx.year - 1, ctx.year)
  const cite = law(74, 1, 'd')
  const cstdcs = heldEveryYear(ctx, 'bk.route.record.cstdcs', 'CSTDCS', years, `02 lần liên tục đạt Chiến sĩ thi đua cơ sở (${years.join(', ')})`, cite)
  const htxs = ratedEveryYear(ctx, 'bk.route.record.htxsnv', years, 'HTXSNV', `02 năm liên tục hoàn thành xuất sắc nhiệm vụ (${years.join(', ')})`, cite)
  const found = usableInitiatives(ctx, { types: ['sang_kien', 'de_tai'], minLevel: 'co_so', window: { from: yearStart(ctx.year - 1), to: ctx.date }, mustBeApplied: true })
  const initiatives = criterion('bk.route.record.initiatives', '02 sáng kiến hoặc đề tài được công nhận, áp dụng hiệu quả ở cơ sở, chưa dùng để xét khen thưởng', `${cite}; ${INITIATIVE_ONCE}`, found.usable.length >= 2, [
    ...found.facts,
    `${found.usable.length}/2 sáng kiến, đề tài được tính`,
  ])
  const viaRating = allOf([htxs.passed, initiatives.passed])
  const passed = anyOf([cstdcs.passed, viaRating])
  return {
    route: criterion('bk.route.record', 'Có 02 lần liên tục đạt CSTĐCS, hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 02 sáng kiến, đề tài', cite, passed, [
      ...cstdcs.facts,
      ...htxs.facts,
      ...initiatives.facts,
    ]),
    usesInitiatives: cstdcs.passed !== true && viaRating === true ? found.usable.slice(0, 2).map((i) => i.id) : [],
  }
}

/** Collective route (d): 2 consecutive years HTXSNV or TTLĐXS, with grassroots democracy and thrift (Bắc Ninh wording ⚠️). */
function collectiveRecordRoute(ctx: EvalContext): Criterion {
  const years = yearRange(ctx.year - 1, ctx.year)
  const cite = `${law(74, 2)}; ${bacNinh(3, 3)}`
  const htxs = ratedEveryYear(ctx, 'bk.route.collective.htxsnv', years, 'HTXSNV', 'HTXSNV 02 năm liên tục', cite)
  const ttldxs = heldEveryYear(ctx, 'bk.route.collective.ttldxs', 'TTLDXS', years, 'TTLĐXS 02 năm liên tục', cite)
  const care = judgementCriterion(ctx, 'bk.route.collective.care', ['DAN_CHU', 'TIET_KIEM'], cite)
  return criterion(
    'bk.route.record',
    `02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt Tập thể lao động xuất sắc (${years.join(', ')}); thực hiện tốt dân chủ cơ sở, tiết kiệm`,
    cite,
    allOf([anyOf([htxs.passed, ttldxs.passed]), care.passed]),
    [...htxs.facts, ...ttldxs.facts, ...care.facts],
    'indirect',
  )
}

export const evaluateBangKhenTinh: Evaluator = (ctx) => {
  const s = ctx.subject
  if (s.kind === 'household') {
    const cite = `${law(74, 3)}; ${bacNinh(3, 3)}`
    const contribution = achievementRoute(ctx, 'bk.contribution', 'Có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội', cite, ['dong_gop'], 'xa')
    return {
      criteria: [judgementCriterion(ctx, 'bk.exemplary', ['GUONG_MAU'], cite, { confidence: 'indirect' }), { ...contribution.route, confidence: 'indirect' }],
      period: yearSpan(ctx),
      usesAchievements: contribution.uses,
    }
  }
  const individual = s.kind === 'individual'
  const clause = individual ? 1 : 2
  const cite = (diem?: string) => (individual ? law(74, 1, diem) : `${law(74, 2)}; ${bacNinh(3, 3)}`)
  const movement = achievementRoute(ctx, 'bk.route.movement', 'Tiêu biểu trong phong trào thi đua do bộ, ngành, tỉnh phát động', cite('a'), ['phong_trao'], 'tinh')
  const influence = achievementRoute(
    ctx,
    'bk.route.influence',
    ctx.kind === 'dot_xuat' ? 'Có thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh' : 'Lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ngành, tỉnh',
    cite('b'),
    ctx.kind === 'dot_xuat' ? ['dot_xuat'] : ['cong_trang', 'dot_xuat'],
    'tinh',
  )
  const contribution = achievementRoute(ctx, 'bk.route.contribution', 'Có đóng góp lớn cho phát triển kinh tế - xã hội, khoa học, an sinh xã hội, từ thiện nhân đạo', cite('c'), ['dong_gop'], 'tinh')
  const record = individual ? recordRoute(ctx) : { route: collectiveRecordRoute(ctx), usesInitiatives: [] }
  const byKind = { phong_trao: [movement], dot_xuat: [influence], cong_trang: [influence, contribution] }
  const achievementRoutes = ctx.kind === 'phong_trao' || ctx.kind === 'dot_xuat' ? byKind[ctx.kind] : byKind.cong_trang
  const routes = ctx.kind === 'cong_trang' ? [...achievementRoutes.map((r) => r.route), record.route] : achievementRoutes.map((r) => r.route)
  const achievement = oneOf('bk.achievement', 'Đạt một trong các tiêu chuẩn thành tích', law(74, clause), routes)
  const exemplary = judgementCriterion(ctx, 'bk.exemplary', individual ? ['GUONG_MAU'] : ['GUONG_MAU', 'NOI_BO_DOAN_KET'], cite(), { confidence: individual ? 'confirmed' : 'indirect' })
  const passingAchievement = achievementRoutes.find((r) => r.route.passed === true)
  const byRecord = !passingAchievement && record.route.passed === true
  return {
    criteria: [exemplary, individual ? achievement : { ...achievement, confidence: 'indirect' }],
    period: byRecord ? yearSpan(ctx, ctx.year - 1) : yearSpan(ctx),
    usesInitiatives: byRecord ? record.usesInitiatives : [],
    usesAchievements: passingAchievement?.uses ?? [],
  }
}

/**
 * A merit award on a chain: holds an earlier merit award (`basis`) from at least 5 years before, then
 * 5 consecutive years rated "hoàn thành tốt" or better, with 3 CSTĐCS (and `extra`).
 */
export function chainAward(ctx: EvalContext, prefix: string, basis: Parameters<typeof prerequisite>[2], basisLabel: string, cite: string, extra: Criterion[] = []): EvaluatorResult {
  const years = yearRange(ctx.year - 4, ctx.year)
  const pre = prerequisite(ctx, `${prefix}.prerequisite`, basis, ctx.year - 5, `Đã được tặng ${basisLabel} (khen thưởng công trạng)`, cite)
  return {
    criteria: [
      pre.criterion,
      nonMeritBasis(ctx, basis, ctx.year - 5, pre.found),
      ratedEveryYear(ctx, `${prefix}.years`, years, 'HTTNV', `05 năm liên tục tiếp theo (${years[0]}–${ctx.year}) hoàn thành tốt nhiệm vụ trở lên`, cite),
      heldAtLeast(ctx, `${prefix}.cstdcs`, 'CSTDCS', years, 3, 'Trong thời gian đó có 03 lần đạt Chiến sĩ thi đua cơ sở', cite),
      ...extra,
    ],
    period: yearSpan(ctx, ctx.year - 4),
  }
}

export const evaluateBangKhenThuTuong: Evaluator = (ctx) => {
  if (ctx.subject.kind === 'individual' && ctx.kind === 'cong_trang') {
    return chainAward(ctx, 'bkttg', ['BANG_KHEN_CHU_TICH_TINH', 'BANG_KHEN_BO'], 'Bằng khen cấp bộ, ngành, tỉnh', law(73, 1, 'b'))
  }
  return { criteria: [notDigitised('bkttg.standard', 'Tiêu chuẩn Bằng khen của Thủ tướng cho trường hợp này (tập thể, hộ gia đình hoặc thành tích đột xuất)', law(73))], period: yearSpan(ctx) }
}
