import type { UseCaseContext } from '../../http/route.ts'
import { loadEvent } from './event-access.ts'
import { honouredNominations } from './honourees.repository.ts'
import { honoureeSources, type HonoureeSource } from './honouree-sources.ts'

export interface HonoureeCandidates {
  decisions: Array<HonoureeSource & { lines: Array<HonoureeSource['lines'][number] & { honoured: boolean }> }>
}

/** The issued decisions the conference may take honourees from, each line marked when it is already among them. */
export async function listHonoureeSources(ctx: UseCaseContext, id: string): Promise<HonoureeCandidates> {
  const event = await loadEvent(ctx.db, ctx.actor, id, 'event.read')
  const [sources, honoured] = await Promise.all([honoureeSources(ctx.db, ctx.actor.provinceId, event), honouredNominations(ctx.db, ctx.actor.provinceId, id)])
  return { decisions: sources.map((s) => ({ ...s, lines: s.lines.map((l) => ({ ...l, honoured: honoured.has(l.nominationId) })) })) }
}
