import type { UseCaseContext } from '../../http/route.ts'
import { loadNomination } from './nomination-access.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'

export async function getNomination(ctx: UseCaseContext, id: string): Promise<NominationDetail> {
  return nominationDetail(ctx.db, ctx.actor.provinceId, await loadNomination(ctx.db, ctx.actor, id, 'nomination.read'))
}
