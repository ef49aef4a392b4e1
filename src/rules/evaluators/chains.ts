// Consecutive-year standards shared by chain awards (law.md B6: "liên tục" — one missing or failed year
// breaks the chain; discipline inside the chain is caught by the blocking rule on the whole period).
import { CATALOGUE } from '../catalogue/index.ts'
import type { CatalogueCode } from '../catalogue/types.ts'
import { allOf, criterion } from '../engine/criterion.ts'
import { awardFact, ratingFact } from '../engine/facts.ts'
import { heldIn, meritAwards, ratingIn } from '../engine/queries.ts'
import type { Criterion, EvalContext } from '../engine/types.ts'
import { ratingAtLeast, type Rating, type Track } from '../types.ts'

/** Holds `code` for regular achievement in each of these years. */
export function heldEveryYear(ctx: EvalContext, id: string, code: CatalogueCode, years: number[], label: string, citation: string): Criterion {
  const results = years.map((y) => ({ y, award: heldIn(ctx.subject, code, y) }))
  return criterion(
    id,
    label,
    citation,
    allOf(results.map((r) => r.award !== undefined)),
    results.map((r) => (r.award ? `Có: ${awardFact(r.award)}` : `Năm ${r.y}: không có danh hiệu ${CATALOGUE[code].short} — chuỗi liên tục bị đứt`)),
  )
}

/** Rated `minimum` or better in each of these years (a missing rating is unknown, a lower one fails). */
export function ratedEveryYear(ctx: EvalContext, id: string, years: number[], minimum: Rating, label: string, citation: string, track: Track = 'government'): Criterion {
  const results = years.map((y) => {
    const r = ratingIn(ctx.subject, y, track)
    return { passed: r ? ratingAtLeast(r.rating, minimum) : null, fact: ratingFact(y, r, track) }
  })
  return criterion(id, label, citation, allOf(results.map((r) => r.passed)), results.map((r) => r.fact))
}

/** Rated exactly `rating` in at least one of these years. */
export function ratedOnce(ctx: EvalContext, id: string, years: number[], rating: Rating, label: string, citation: string): Criterion {
  const found = years.map((y) => ({ y, r: ratingIn(ctx.subject, y) })).filter((x) => x.r?.rating === rating)
  const facts = found.length ? found.map((x) => ratingFact(x.y, x.r)) : [`Không có năm nào xếp loại ${rating} trong ${years[0]}–${years[years.length - 1]}`]
  return criterion(id, label, citation, found.length >= 1, facts)
}

/** Holds `code` in at least `min` of these years. */
export function heldAtLeast(ctx: EvalContext, id: string, code: CatalogueCode, years: number[], min: number, label: string, citation: string): Criterion {
  const held = years.map((y) => heldIn(ctx.subject, code, y)).filter((a) => a !== undefined)
  const facts = held.map((a) => `Có: ${awardFact(a)}`)
  facts.push(`${held.length}/${min} lần ${CATALOGUE[code].short} trong các năm ${years[0]}–${years[years.length - 1]}`)
  return criterion(id, label, citation, held.length >= min, facts)
}

/** An earlier merit award of one of `codes` from `latestYear` or before (the chain counts the years after it). */
export function prerequisite(ctx: EvalContext, id: string, codes: CatalogueCode[], latestYear: number, label: string, citation: string): { criterion: Criterion; found: boolean } {
  const all = meritAwards(ctx.subject, codes)
  const early = all.filter((a) => a.year <= latestYear)
  const facts = all.map((a) => `${awardFact(a)}: ${a.year <= latestYear ? 'được tính' : `chưa đủ 05 năm tiếp theo (cần từ năm ${latestYear} trở về trước)`}`)
  if (all.length === 0) facts.push(`Chưa có ${codes.map((c) => CATALOGUE[c].short).join(' hoặc ')} (khen thưởng công trạng)`)
  return { criterion: criterion(id, label, citation, early.length > 0, facts), found: early.length > 0 }
}
