// Which items of a quota pool fail when the items that reached their threshold exceed the quota: the council
// keeps those with the most votes in favour within the quota and fails the rest, with the rule and its figures
// as the reason. Ties at the boundary: tied items cannot be told apart by the vote, so they fail together (the
// reason says so) and the council keeps fewer than the quota allows rather than choose among equals. Pure.
import type { CatalogueCode, QuotaCheck } from '../../../rules/index.ts'

export interface QuotaCandidate {
  itemId: string
  nominationId: string
  subjectKind: 'individual' | 'collective' | 'household'
  subjectId: string
  target: CatalogueCode
  year: number
  votesFor: number
}

/** How a quota failure's reason starts (the minutes find it in the nomination's reason). */
export const QUOTA_PREFIX = 'Vượt tỷ lệ khen thưởng'

/** item id → reason, for the items of the pool beyond the quota. */
export function overQuota(inPool: readonly Pick<QuotaCandidate, 'itemId' | 'votesFor'>[], check: Pick<QuotaCheck, 'unitName' | 'rule' | 'count' | 'limit' | 'citation'>): Map<string, string> {
  const ranked = [...inPool].sort((a, b) => b.votesFor - a.votesFor)
  const excess = check.count - check.limit
  let keep = Math.max(0, ranked.length - excess)
  const boundary = keep > 0 && keep < ranked.length && ranked[keep - 1]!.votesFor === ranked[keep]!.votesFor ? ranked[keep]!.votesFor : null
  if (boundary !== null) keep = ranked.findIndex((c) => c.votesFor === boundary)
  const base = `${QUOTA_PREFIX} — ${check.unitName}: ${check.rule}; ${check.count} trường hợp, tối đa ${check.limit} (${check.citation}); Hội đồng giữ ${keep} trường hợp nhiều phiếu đồng ý nhất`
  const tie = boundary === null ? '' : `; ${ranked.filter((c) => c.votesFor === boundary).length} trường hợp cùng ${boundary} phiếu đồng ý ở ranh giới tỷ lệ nên cùng không được thông qua`
  return new Map(ranked.slice(keep).map((c) => [c.itemId, `${base}${tie}`]))
}
