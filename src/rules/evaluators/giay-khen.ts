// Giấy khen of the commune chair, of the former district chair and of heads of agencies and units
// (Luật TĐKT 2022, Điều 75). Standards are set by ministries and provinces (Điều 75, khoản 2): the
// defaults below follow Bắc Ninh QĐ 86/2025 (law.md §2.3 ⚠️) and a province may replace them.
import { bacNinh, law } from '../citations.ts'
import { criterion, oneOf } from '../engine/criterion.ts'
import { ratingFact } from '../engine/facts.ts'
import { judgementCriterion } from '../engine/judgement.ts'
import { ratingIn, usableAchievements, yearSpan } from '../engine/queries.ts'
import type { Criterion, EvalContext, Evaluator } from '../engine/types.ts'
import type { AchievementRecord } from '../history.ts'
import { ratingAtLeast, type CommendationKind, type Level } from '../types.ts'

const CITE = `${law(75, 2)}; ${bacNinh(3)}`

interface Route {
  id: string
  label: string
  kinds: AchievementRecord['kind'][]
  minLevel: Level
  /** The commendation kinds this route serves. */
  for: CommendationKind[]
}

const PERSON_ROUTES: Route[] = [
  { id: 'gk.route.review', label: 'Có thành tích được ghi nhận qua bình xét phong trào thi đua', kinds: ['phong_trao'], minLevel: 'don_vi', for: ['cong_trang', 'phong_trao'] },
  { id: 'gk.route.influence', label: 'Lập được nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực của đơn vị', kinds: ['cong_trang', 'dot_xuat'], minLevel: 'don_vi', for: ['cong_trang'] },
  { id: 'gk.route.ad_hoc', label: 'Lập được thành tích đột xuất', kinds: ['dot_xuat'], minLevel: 'don_vi', for: ['dot_xuat'] },
]
const HOUSEHOLD_ROUTES: Route[] = [
  { id: 'gk.route.contribution', label: 'Đóng góp công sức, đất đai, tài sản có ảnh hưởng ở địa phương', kinds: ['dong_gop'], minLevel: 'xa', for: ['cong_trang', 'dot_xuat'] },
  { id: 'gk.route.review', label: 'Có thành tích được ghi nhận qua bình xét phong trào thi đua', kinds: ['phong_trao'], minLevel: 'don_vi', for: ['cong_trang', 'phong_trao'] },
]

/** "Đạt một trong" achievement routes for the commendation kind, with the achievement a passing route uses. */
function achievementRoutes(ctx: EvalContext, id: string, label: string, citation: string, routes: Route[]): { criterion: Criterion; uses: string[] } {
  const window = yearSpan(ctx)
  const evaluated = routes
    .filter((r) => r.for.includes(ctx.kind))
    .map((r) => {
      const found = usableAchievements(ctx, { kinds: r.kinds, minLevel: r.minLevel, window })
      return { found, c: criterion(r.id, r.label, citation, found.usable.length > 0, found.facts) }
    })
  const first = evaluated.find((e) => e.found.usable.length > 0)
  return { criterion: oneOf(id, label, citation, evaluated.map((e) => e.c)), uses: first ? [first.found.usable[0]!.id] : [] }
}

/** Completed tasks well in the year: the rating for staff, the unit's assessment for others. */
function duty(ctx: EvalContext): Criterion {
  if (ctx.subject.kind === 'individual' && ctx.subject.employment === 'outside_state') return judgementCriterion(ctx, 'gk.duty', ['NGHIA_VU_CONG_DAN'], CITE, { confidence: 'indirect' })
  const rating = ratingIn(ctx.subject, ctx.year)
  return criterion('gk.duty', `Hoàn thành tốt nhiệm vụ năm ${ctx.year} trở lên`, CITE, rating ? ratingAtLeast(rating.rating, 'HTTNV') : null, [ratingFact(ctx.year, rating)], 'indirect')
}

export const evaluateGiayKhen: Evaluator = (ctx) => {
  const household = ctx.subject.kind === 'household'
  const exemplary = judgementCriterion(ctx, 'gk.exemplary', ctx.subject.kind === 'collective' ? ['GUONG_MAU', 'NOI_BO_DOAN_KET'] : ['GUONG_MAU'], CITE, { confidence: 'indirect' })
  const routes = achievementRoutes(ctx, 'gk.achievement', 'Đạt một trong các tiêu chuẩn thành tích', CITE, household ? HOUSEHOLD_ROUTES : PERSON_ROUTES)
  const achievement = { ...routes.criterion, confidence: 'indirect' as const }
  return {
    criteria: [],
    localStandards: household ? [exemplary, achievement] : [exemplary, duty(ctx), achievement],
    period: yearSpan(ctx),
    usesAchievements: routes.uses,
  }
}
