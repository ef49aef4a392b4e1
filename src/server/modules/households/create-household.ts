import { randomUUID } from 'node:crypto'
import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { CreateHouseholdInput } from './households.schemas.ts'
import { findHousehold, insertHousehold, type Household } from './households.repository.ts'
import { headInScope, moveHeadIntoHousehold } from './household-head.ts'
import { organizationInScope } from '../people/person-rules.ts'

/** Adds a household to a village (thôn, tổ dân phố) in the caller's subtree. */
export async function createHousehold(ctx: UseCaseContext, input: CreateHouseholdInput): Promise<Household> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const org = await organizationInScope(tx, actor, 'household.write', input.organizationId)
    const head = input.headPersonId ? await headInScope(tx, ctx, input.headPersonId) : null
    const id = randomUUID()
    await insertHousehold(tx, actor.provinceId, {
      id,
      headName: input.headName,
      headPersonId: head?.id ?? null,
      address: input.address ?? null,
      organizationId: org.id,
      sortKey: vietnameseNameSortKey(input.headName),
    })
    if (head) await moveHeadIntoHousehold(tx, ctx, head, { id, headName: input.headName })
    const created = (await findHousehold(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, { action: 'create', entity: 'household', entityId: id, organizationId: org.id, summary: `Thêm hộ gia đình chủ hộ "${created.headName}"`, after: created })
    return created
  })
}
