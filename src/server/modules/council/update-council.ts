import { recordAudit } from '../../audit/record-audit.ts'
import { staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadCouncil } from './council-access.ts'
import { findCouncil, updateCouncilRow } from './council.repository.ts'
import { councilDetail, type CouncilDetail } from './council-view.ts'
import type { UpdateCouncilInput } from './council.schemas.ts'

/** Renames the council or changes its rules (quorum, majority ❓); sessions already open keep their snapshot. */
export async function updateCouncil(ctx: UseCaseContext, id: string, input: UpdateCouncilInput): Promise<CouncilDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadCouncil(tx, actor, id, 'council.manage')
    if (input.version !== current.version) throw staleVersion(current.name)
    const next = {
      id,
      name: input.name ?? current.name,
      establishedBy: input.establishedBy === undefined ? current.establishedBy : input.establishedBy,
      quorumShare: input.quorumShare ?? current.quorumShare,
      majorityShare: input.majorityShare ?? current.majorityShare,
    }
    if (!(await updateCouncilRow(tx, actor.provinceId, next, input.version))) throw staleVersion(current.name)
    const settings = (c: typeof next) => ({ name: c.name, establishedBy: c.establishedBy, quorumShare: c.quorumShare, majorityShare: c.majorityShare })
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'council', entityId: id, organizationId: current.organizationId,
      summary: `Sửa thông tin ${next.name}`, before: settings(current), after: settings(next),
    })
    return councilDetail(tx, actor, (await findCouncil(tx, actor.provinceId, id))!)
  })
}
