import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { UpdateHouseholdInput } from './households.schemas.ts'
import { findHousehold, updateHouseholdRow, type Household } from './households.repository.ts'
import { headInScope, moveHeadIntoHousehold } from './household-head.ts'
import { organizationInScope } from '../people/person-rules.ts'

/** Edits any subset of a household's fields (optimistic: the caller sends the version it read). */
export async function updateHousehold(ctx: UseCaseContext, id: string, input: UpdateHouseholdInput): Promise<Household> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findHousehold(tx, actor.provinceId, id)
    if (!current) throw notFound('hộ gia đình')
    await organizationInScope(tx, actor, 'household.write', current.organizationId)
    if (input.version !== current.version) throw staleVersion('Hộ gia đình')
    if (input.organizationId && input.organizationId !== current.organizationId) await organizationInScope(tx, actor, 'household.write', input.organizationId)
    const newHead = input.headPersonId && input.headPersonId !== current.headPersonId ? await headInScope(tx, ctx, input.headPersonId) : null
    const headName = input.headName ?? current.headName
    const saved = await updateHouseholdRow(
      tx,
      actor.provinceId,
      {
        id,
        headName,
        headPersonId: input.headPersonId === undefined ? current.headPersonId : input.headPersonId,
        address: input.address === undefined ? current.address : input.address,
        organizationId: input.organizationId ?? current.organizationId,
        sortKey: vietnameseNameSortKey(headName),
      },
      input.version,
    )
    if (!saved) throw staleVersion('Hộ gia đình')
    if (newHead) await moveHeadIntoHousehold(tx, ctx, newHead, { id, headName })
    const updated = (await findHousehold(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, { action: 'update', entity: 'household', entityId: id, organizationId: updated.organizationId, summary: `Sửa hộ gia đình chủ hộ "${updated.headName}"`, before: current, after: updated })
    return updated
  })
}
