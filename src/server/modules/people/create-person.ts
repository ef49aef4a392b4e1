import { randomUUID } from 'node:crypto'
import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { CreatePersonInput } from './people.schemas.ts'
import { findPerson, insertPerson, type Person, type PersonRow } from './people.repository.ts'
import { assertCccdMatches, fromPersonDbError, householdInScope, organizationInScope } from './person-rules.ts'

/** Adds a person to an organization inside the caller's subtree. */
export async function createPerson(ctx: UseCaseContext, input: CreatePersonInput): Promise<Person> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const org = await organizationInScope(tx, actor, 'person.write', input.organizationId)
    if (input.householdId) await householdInScope(tx, actor, input.householdId)
    const row: PersonRow = {
      id: randomUUID(),
      fullName: input.fullName,
      sortKey: vietnameseNameSortKey(input.fullName),
      birthDate: input.birthDate ?? null,
      sex: input.sex,
      cccd: input.cccd ?? null,
      position: input.position ?? null,
      organizationId: org.id,
      category: input.category,
      directWorker: input.directWorker ?? false,
      householdId: input.householdId ?? null,
    }
    assertCccdMatches(row)
    await insertPerson(tx, actor.provinceId, row).catch((error: unknown) => {
      throw fromPersonDbError(error, row.cccd)
    })
    const created = (await findPerson(tx, actor.provinceId, row.id))!
    await recordAudit(tx, ctx, { action: 'create', entity: 'person', entityId: row.id, organizationId: org.id, summary: `Thêm cá nhân "${created.fullName}"`, after: created })
    return created
  })
}
