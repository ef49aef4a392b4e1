// Quotas again at the council (the same check as at submission: submission-quotas.ts → checkProposalQuotas →
// src/rules/quotas.ts checkQuotas), over what the session would pass together with everything else the
// council's subtree has on its way that year.
//   Which items fail when a quota is exceeded: quota-cut.ts.
import { CATALOGUE, type CatalogueCode, type QuotaCheck } from '../../../rules/index.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { checkProposalQuotas } from '../eligibility/check-proposal-quotas.ts'
import { listActiveProposals } from '../nominations/nominations.repository.ts'
import type { Council } from './council.repository.ts'
import { overQuota, type QuotaCandidate } from './quota-cut.ts'

export interface QuotaPreviewCheck extends Pick<QuotaCheck, 'rule' | 'unitName' | 'count' | 'limit' | 'passed' | 'citation' | 'confidence'> {
  year: number
  target: CatalogueCode
  targetShort: string
}

export interface QuotaPreview {
  checks: QuotaPreviewCheck[]
  notes: string[]
}

const proposalOf = (p: { subjectKind: QuotaCandidate['subjectKind']; subjectId: string; target: string }) => ({ subjectKind: p.subjectKind, subjectId: p.subjectId, target: p.target as CatalogueCode })
const checkKey = (check: Pick<QuotaCheck, 'rule' | 'unitId'>) => `${check.rule}|${check.unitId}`
const years = (candidates: readonly QuotaCandidate[]) => [...new Set(candidates.map((c) => c.year))].sort()

/** The report for a year: the subtree's other active proposals (not those of this session) plus the given ones. */
async function report(ctx: UseCaseContext, council: Council, year: number, sessionNominationIds: ReadonlySet<string>, candidates: readonly QuotaCandidate[]) {
  const others = (await listActiveProposals(ctx.db, ctx.actor.provinceId, council.organizationPath, year)).filter((n) => !sessionNominationIds.has(n.id))
  return checkProposalQuotas(ctx, { organizationId: council.organizationId, year, proposals: [...others, ...candidates].map(proposalOf) })
}

/** Before the close: the quotas if every item on the agenda passed (no count is needed, so none is revealed). */
export async function previewQuotas(ctx: UseCaseContext, council: Council, items: readonly QuotaCandidate[]): Promise<QuotaPreview> {
  const ids = new Set(items.map((i) => i.nominationId))
  const preview: QuotaPreview = { checks: [], notes: [] }
  for (const year of years(items)) {
    const ofYear = items.filter((i) => i.year === year)
    const result = await report(ctx, council, year, ids, ofYear)
    const targets = new Set(ofYear.map((i) => i.target))
    for (const check of result.checks.filter((c) => targets.has(c.target))) {
      preview.checks.push({ year, target: check.target, targetShort: CATALOGUE[check.target].short, rule: check.rule, unitName: check.unitName, count: check.count, limit: check.limit, passed: check.passed, citation: check.citation, confidence: check.confidence })
    }
    for (const note of result.notes) if (!preview.notes.includes(note)) preview.notes.push(note)
  }
  return preview
}

/**
 * At the close: which of the items that reached their threshold fail on a quota, each with its reason.
 * A pool (the unit a check counts in) is found by checking the item alone: the checks that count it.
 */
export async function recheckQuotas(ctx: UseCaseContext, council: Council, passing: readonly QuotaCandidate[], sessionNominationIds: ReadonlySet<string>): Promise<Map<string, string>> {
  const failed = new Map<string, string>()
  const pools = new Map<string, Set<string>>()
  const poolsOf = async (c: QuotaCandidate) => {
    if (!pools.has(c.itemId)) {
      const alone = await checkProposalQuotas(ctx, { organizationId: council.organizationId, year: c.year, proposals: [proposalOf(c)] })
      pools.set(c.itemId, new Set(alone.checks.filter((k) => k.target === c.target && k.count > 0).map(checkKey)))
    }
    return pools.get(c.itemId)!
  }
  for (const year of years(passing)) {
    let kept = passing.filter((c) => c.year === year)
    for (;;) {
      const result = await report(ctx, council, year, sessionNominationIds, kept)
      let cut: { check: QuotaCheck; inPool: QuotaCandidate[] } | undefined
      for (const check of result.checks.filter((k) => !k.passed)) {
        const inPool: QuotaCandidate[] = []
        for (const c of kept) if (c.target === check.target && (await poolsOf(c)).has(checkKey(check))) inPool.push(c)
        if (inPool.length > 0) {
          cut = { check, inPool }
          break
        }
      }
      if (!cut) break
      const losers = overQuota(cut.inPool, cut.check)
      for (const [itemId, reason] of losers) failed.set(itemId, reason)
      kept = kept.filter((c) => !losers.has(c.itemId))
    }
  }
  return failed
}
