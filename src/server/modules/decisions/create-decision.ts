// Drafts an award decision of an organization from nominations its council passed: the symbol from the
// issuer's identity ("QĐ-UBND", "QĐ/ĐU"), the default title, bases and signer, the lines in the order given
// with their amounts. A line that may not be decided by this organization refuses the whole draft.
import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { documentSymbol } from '../campaigns/register-number.ts'
import { campaignExists } from '../registry/registry.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { assessLines, refuseProblems } from './decision-lines.ts'
import { loadDefaultBases } from './decision-bases.ts'
import { defaultTitle } from './decision-wording.ts'
import { decisionDetail, type DecisionDetail } from './decision-view.ts'
import { findDecision, insertDecision, replaceLines } from './decisions.repository.ts'
import type { CreateDecisionInput } from './decisions.schemas.ts'

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message })

export async function createDecision(ctx: UseCaseContext, input: CreateDecisionInput): Promise<DecisionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!organization) throw invalid('organizationId', 'Cơ quan quyết định: không tồn tại')
    assertCan(actor, 'decision.write', organization.path)
    const campaignId = input.campaignId ?? null
    if (campaignId && !(await campaignExists(tx, actor.provinceId, campaignId))) throw invalid('campaignId', 'Kế hoạch thi đua: không tồn tại')

    const id = randomUUID()
    const lines = await assessLines(tx, actor.provinceId, { id, organizationId: organization.id, organizationName: organization.name, decisionDate: input.decisionDate }, input.nominationIds)
    refuseProblems(lines, (l) => l.blocking, 'Không thể đưa vào quyết định')
    const identity = await loadIssuerIdentity(tx, actor.provinceId, organization)
    const year = input.year ?? Math.max(...lines.map((l) => l.nomination.year))
    await insertDecision(tx, actor.provinceId, {
      id, organizationId: organization.id, track: identity.track, symbol: documentSymbol(identity.symbol, 'QĐ'), createdBy: actor.accountId,
      campaignId, year,
      title: input.title ?? defaultTitle(lines.map((l) => l.nomination.target), year),
      bases: input.bases ?? (await loadDefaultBases(tx, actor.provinceId, { organizationId: organization.id, campaignId, decisionDate: input.decisionDate }, input.nominationIds)),
      decisionDate: input.decisionDate,
      signingForm: input.signingForm ?? identity.signer.mode,
      signerName: input.signerName ?? '',
      signerTitle: input.signerTitle ?? identity.signer.title,
    })
    await replaceLines(tx, actor.provinceId, id, lines.map((l) => l.amount))
    const detail = await decisionDetail(tx, actor.provinceId, (await findDecision(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'award_decision', entityId: id, organizationId: organization.id,
      summary: `Lập dự thảo quyết định «${detail.title}» của ${organization.name}: ${detail.lines.length} trường hợp`,
      after: { ...detail, lines: detail.lines.map((l) => ({ nominationId: l.nominationId, amount: l.amount, paid: l.paid })) },
    })
    return detail
  })
}
