// Quotas at submission (Law on Emulation and Commendation 2022 as applied by the Party's and the
// province's own rules, src/rules/quotas.ts): a batch is refused when, with everything the unit's
// subtree already proposed that year, it would exceed a share the rules set.
import type { UseCaseContext } from '../../http/route.ts'
import { AppError } from '../../http/errors.ts'
import type { CatalogueCode, QuotaCheck } from '../../../rules/index.ts'
import { checkProposalQuotas } from '../eligibility/check-proposal-quotas.ts'
import { listActiveProposals } from './nominations.repository.ts'

interface BatchMember {
  id: string
  subjectKind: 'individual' | 'collective' | 'household'
  subjectId: string
  target: string
}

export async function assertWithinQuotas(ctx: UseCaseContext, unit: { id: string; path: string }, year: number, batch: readonly BatchMember[]): Promise<void> {
  const already = await listActiveProposals(ctx.db, ctx.actor.provinceId, unit.path, year)
  const inBatch = new Set(batch.map((n) => n.id))
  const proposals = [...already.filter((n) => !inBatch.has(n.id)), ...batch].map((n) => ({ subjectKind: n.subjectKind, subjectId: n.subjectId, target: n.target as CatalogueCode }))
  const report = await checkProposalQuotas(ctx, { organizationId: unit.id, year, proposals })
  if (report.passed) return
  const exceeded = report.checks.filter((check) => !check.passed).map(describe).join('; ')
  throw new AppError('VALIDATION', `Vượt tỷ lệ khen thưởng cho phép — ${exceeded}.`, { quotas: exceeded })
}

const describe = (check: QuotaCheck) => `${check.unitName}: ${check.rule} — đề nghị ${check.count}, tối đa ${check.limit} (${check.citation})`
