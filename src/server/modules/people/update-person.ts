import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { UpdatePersonInput } from './people.schemas.ts'
import { findPerson, updatePersonRow, type Person, type PersonRow } from './people.repository.ts'
import { assertCccdMatches, fromPersonDbError, householdInScope, organizationInScope } from './person-rules.ts'

/** Edits any subset of a person's fields (optimistic: the caller sends the version it read). */
export async function updatePerson(ctx: UseCaseContext, id: string, input: UpdatePersonInput): Promise<Person> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findPerson(tx, actor.provinceId, id)
    if (!current) throw notFound('cá nhân')
    await organizationInScope(tx, actor, 'person.write', current.organizationId)
    if (input.version !== current.version) throw staleVersion('Thông tin cá nhân')
    if (input.organizationId && input.organizationId !== current.organizationId) await organizationInScope(tx, actor, 'person.write', input.organizationId)
    if (input.householdId && input.householdId !== current.householdId) await householdInScope(tx, actor, input.householdId)
    const fullName = input.fullName ?? current.fullName
    const row: PersonRow = {
      id,
      fullName,
      sortKey: vietnameseNameSortKey(fullName),
      birthDate: input.birthDate === undefined ? current.birthDate : input.birthDate,
      sex: input.sex ?? current.sex,
      cccd: input.cccd === undefined ? current.cccd : input.cccd,
      position: input.position === undefined ? current.position : input.position,
      organizationId: input.organizationId ?? current.organizationId,
      category: input.category ?? current.category,
      directWorker: input.directWorker ?? current.directWorker,
      householdId: input.householdId === undefined ? current.householdId : input.householdId,
    }
    assertCccdMatches(row)
    const saved = await updatePersonRow(tx, actor.provinceId, row, input.version).catch((error: unknown) => {
      throw fromPersonDbError(error, row.cccd)
    })
    if (!saved) throw staleVersion('Thông tin cá nhân')
    const updated = (await findPerson(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, { action: 'update', entity: 'person', entityId: id, organizationId: updated.organizationId, summary: `Sửa thông tin cá nhân "${updated.fullName}"`, before: current, after: updated })
    return updated
  })
}
