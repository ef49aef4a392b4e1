import { assertCan } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { listRegisters } from './campaigns.repository.ts'
import { periodCoversYear } from './campaign-numbering.ts'

/** The registers of an issuer in the caller's subtree: last number taken per document type and period. */
export async function listIssuerRegisters(ctx: UseCaseContext, issuerId: string, year: number | undefined) {
  const issuer = await findOrganization(ctx.db, ctx.actor.provinceId, issuerId)
  if (!issuer) throw new AppError('VALIDATION', 'Cơ quan ban hành không tồn tại.', { issuerId: 'Cơ quan ban hành: không tồn tại' })
  assertCan(ctx.actor, 'campaign.read', issuer.path)
  const registers = await listRegisters(ctx.db, ctx.actor.provinceId, issuer.id)
  return year === undefined ? registers : registers.filter((r) => periodCoversYear(r.periodKey, year))
}
