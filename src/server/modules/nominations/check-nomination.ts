import type { UseCaseContext } from '../../http/route.ts'
import { staleVersion } from '../../http/errors.ts'
import { loadNomination } from './nomination-access.ts'
import { moveNomination, nominationLabel } from './nomination-status.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'
import { findNomination } from './nominations.repository.ts'

/** The officer has checked the dossier (checked), or sends it on to the council (to_council). */
export async function checkNomination(ctx: UseCaseContext, id: string, input: { version: number; to: 'checked' | 'to_council'; note?: string | null | undefined }): Promise<NominationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.check')
    if (input.version !== current.version) throw staleVersion(nominationLabel(current))
    await moveNomination(tx, ctx, current, input.to, { reason: input.note ?? null, action: input.to === 'checked' ? 'check' : 'send_to_council' })
    return nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, id))!)
  })
}
