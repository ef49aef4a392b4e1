import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findPerson, type Person } from './people.repository.ts'
import { organizationInScope } from './person-rules.ts'

/** One person; forbidden when their organization is outside the caller's subtree. */
export async function getPerson(ctx: UseCaseContext, id: string): Promise<Person> {
  const person = await findPerson(ctx.db, ctx.actor.provinceId, id)
  if (!person) throw notFound('cá nhân')
  await organizationInScope(ctx.db, ctx.actor, 'person.read', person.organizationId)
  return person
}
