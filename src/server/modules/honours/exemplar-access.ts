// The exemplar a request points at: it must exist and the organization keeping it lie in the caller's subtree.
import { assertCan, type Actor } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findExemplar, type ExemplarRecord } from './honours.repository.ts'

/** "Gương «Người giữ rừng Kim Sơn»" — how messages name an exemplar. */
export const exemplarLabel = (e: Pick<ExemplarRecord, 'title'>) => `Gương «${e.title}»`

export async function loadExemplar(db: Db, actor: Actor, id: string): Promise<ExemplarRecord> {
  const exemplar = await findExemplar(db, actor.provinceId, id)
  if (!exemplar) throw notFound('gương điển hình')
  assertCan(actor, 'honour.manage', exemplar.organizationPath)
  return exemplar
}
