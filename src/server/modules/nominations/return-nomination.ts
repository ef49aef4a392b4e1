import type { UseCaseContext } from '../../http/route.ts'
import { staleVersion } from '../../http/errors.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { loadNomination } from './nomination-access.ts'
import { moveNomination, nominationLabel } from './nomination-status.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'
import { findNomination } from './nominations.repository.ts'

/** The officer returns a submitted (or checked) dossier to the unit, saying why; the unit corrects it and submits it again. */
export async function returnNomination(ctx: UseCaseContext, id: string, input: { version: number; reason: string }): Promise<NominationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.check')
    if (input.version !== current.version) throw staleVersion(nominationLabel(current))
    await moveNomination(tx, ctx, current, 'returned', { reason: input.reason, action: 'return' })
    await notifyOrganization(tx, actor.provinceId, current.nominatingOrganizationId, { kind: 'nomination.returned', title: `${nominationLabel(current)}: hồ sơ bị trả lại`, body: `Lý do: ${input.reason}`, link: `/de-nghi/${id}` })
    return nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, id))!)
  })
}
