import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { readDocument } from '../documents/documents.repository.ts'
import { fileResponse } from '../documents/file-response.ts'
import { loadNomination } from './nomination-access.ts'
import { findAttachment } from './nominations.repository.ts'

/** A file attached to the dossier, under the name it was uploaded with. */
export async function downloadNominationDocument(ctx: UseCaseContext, id: string, documentId: string): Promise<Response> {
  await loadNomination(ctx.db, ctx.actor, id, 'nomination.read')
  const attachment = await findAttachment(ctx.db, ctx.actor.provinceId, id, documentId)
  if (!attachment) throw notFound('tệp trong hồ sơ')
  const stored = (await readDocument(ctx.db, ctx.actor.provinceId, attachment.sha256))!
  return fileResponse(stored.bytes, stored.type, attachment.name)
}
