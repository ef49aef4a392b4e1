// The decision a request points at. Writing and issuing need the deciding organization in the caller's
// subtree; reading also admits a unit whose nominees are on its list.
import { assertCan, inScope, type Actor, type Permission } from '../../auth/policy.ts'
import { forbidden, notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findDecision, hasLineInSubtree, type DecisionRecord } from './decisions.repository.ts'

export async function loadDecision(db: Db, actor: Actor, id: string, permission: Permission): Promise<DecisionRecord> {
  const decision = await findDecision(db, actor.provinceId, id)
  if (!decision) throw notFound('quyết định khen thưởng')
  if (permission !== 'decision.read' || inScope(actor, decision.organizationPath)) {
    assertCan(actor, permission, decision.organizationPath)
    return decision
  }
  assertCan(actor, permission)
  if (!(await hasLineInSubtree(db, actor.provinceId, id, actor.organizationPath))) throw forbidden('Quyết định này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
  return decision
}
