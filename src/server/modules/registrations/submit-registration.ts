import type { UseCaseContext } from '../../http/route.ts'
import { loadRegistration } from './registration-access.ts'
import { openCampaign } from './registration-campaign.ts'
import { checkNotEmpty } from './registration-input.ts'
import { moveRegistration } from './registration-status.ts'
import { findRegistration } from './registrations.repository.ts'
import { registrationDetail, type RegistrationDetail } from './registration-view.ts'

/** The unit sends its draft (or its corrected returned) registration to the level above for approval. */
export async function submitRegistration(ctx: UseCaseContext, id: string, version: number): Promise<RegistrationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadRegistration(tx, actor, id, 'registration.write')
    if (current.campaignId) await openCampaign(tx, actor, current.campaignId)
    checkNotEmpty(current)
    await moveRegistration(tx, ctx, current, 'submitted', version)
    return registrationDetail(tx, actor, (await findRegistration(tx, actor.provinceId, id))!)
  })
}
