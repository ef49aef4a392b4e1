import { assertCan } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findPersonWithPath, type Person } from './people.repository.ts'

/** One person; forbidden when their organization is outside the caller's subtree (one query: the person with the path). */
export async function getPerson(ctx: UseCaseContext, id: string): Promise<Person> {
  const found = await findPersonWithPath(ctx.db, ctx.actor.provinceId, id)
  if (!found) throw notFound('cá nhân')
  assertCan(ctx.actor, 'person.read', found.organizationPath)
  return found.person
}
