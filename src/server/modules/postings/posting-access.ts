// The posting a request points at: it must exist and its organization lie in the caller's subtree.
import { assertCan, type Actor } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findPosting, type PostingRecord } from './postings.repository.ts'

export async function loadPosting(db: Db, actor: Actor, id: string): Promise<PostingRecord> {
  const posting = await findPosting(db, actor.provinceId, id)
  if (!posting) throw notFound('danh sách công khai')
  assertCan(actor, 'posting.manage', posting.organizationPath)
  return posting
}
