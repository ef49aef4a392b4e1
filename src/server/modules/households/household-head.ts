// The head of a household (chủ hộ) is a person in scope who also becomes a member of it.
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findPerson, setPersonHousehold, type Person } from '../people/people.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'

export async function headInScope(db: Db, ctx: UseCaseContext, personId: string): Promise<Person> {
  const person = await findPerson(db, ctx.actor.provinceId, personId)
  if (!person) throw new AppError('VALIDATION', 'Chủ hộ không tồn tại trong danh sách cá nhân.', { headPersonId: 'Chủ hộ: không tồn tại' })
  await organizationInScope(db, ctx.actor, 'person.write', person.organizationId, 'headPersonId')
  return person
}

/** Puts the head into the household (a change to the person, audited as such). */
export async function moveHeadIntoHousehold(db: Db, ctx: UseCaseContext, head: Person, household: { id: string; headName: string }): Promise<void> {
  if (head.householdId === household.id) return
  await setPersonHousehold(db, ctx.actor.provinceId, head.id, household.id)
  const after = await findPerson(db, ctx.actor.provinceId, head.id)
  await recordAudit(db, ctx, {
    action: 'update',
    entity: 'person',
    entityId: head.id,
    organizationId: head.organizationId,
    summary: `Ghi "${head.fullName}" là chủ hộ ${household.headName}`,
    before: head,
    after,
  })
}
