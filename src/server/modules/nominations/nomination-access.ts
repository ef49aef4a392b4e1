// The nomination a request points at: it must exist and its nominating unit lie in the caller's subtree.
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findNomination, type NominationWithEvaluation } from './nominations.repository.ts'

export async function loadNomination(db: Db, actor: Actor, id: string, permission: Permission): Promise<NominationWithEvaluation> {
  const nomination = await findNomination(db, actor.provinceId, id)
  if (!nomination) throw notFound('đề nghị khen thưởng')
  assertCan(actor, permission, nomination.nominatingOrganizationPath)
  return nomination
}
