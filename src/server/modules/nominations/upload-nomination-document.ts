import { randomUUID } from 'node:crypto'
import { DOSSIER_OPEN_STATUSES, NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { DOSSIER_PARTS, type DossierPart } from '../../../shared/nomination-dossier.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UploadedFile, UseCaseContext } from '../../http/route.ts'
import { acceptUpload } from '../documents/accept-upload.ts'
import { storeDocument } from '../documents/documents.repository.ts'
import { loadNomination } from './nomination-access.ts'
import { nominationLabel } from './nomination-status.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'
import { findNomination, insertAttachment } from './nominations.repository.ts'

/**
 * Attaches a file to a part of the dossier (a certification, the signed proposal…): PDF, Word (.docx) or an
 * image, within the upload limit, its type sniffed from its bytes; stored once per content. Until the dossier
 * goes to the council.
 */
export async function uploadNominationDocument(ctx: UseCaseContext, id: string, part: DossierPart, file: UploadedFile, maxBytes: number): Promise<NominationDetail> {
  const { actor } = ctx
  const accepted = acceptUpload(file, maxBytes)
  return ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.write')
    if (!DOSSIER_OPEN_STATUSES.includes(current.status)) {
      throw new AppError('CONFLICT', `${nominationLabel(current)} đang ở trạng thái "${NOMINATION_STATUS_LABELS[current.status]}": hồ sơ đã đóng, không bổ sung tệp.`)
    }
    await storeDocument(tx, actor.provinceId, accepted)
    const attachmentId = randomUUID()
    await insertAttachment(tx, actor.provinceId, { id: attachmentId, nominationId: id, part, name: accepted.name, sha256: accepted.sha256, uploadedBy: actor.accountId })
    await recordAudit(tx, ctx, {
      action: 'upload', entity: 'nomination', entityId: id, organizationId: current.nominatingOrganizationId,
      summary: `Đính kèm "${accepted.name}" (${DOSSIER_PARTS[part]}) vào hồ sơ ${nominationLabel(current)}`,
      after: { attachmentId, part, name: accepted.name, sha256: accepted.sha256, type: accepted.type, size: accepted.size },
    })
    return nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, id))!)
  })
}
