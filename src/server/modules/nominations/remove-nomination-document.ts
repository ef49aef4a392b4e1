import { EDITABLE_STATUSES, NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadNomination } from './nomination-access.ts'
import { nominationLabel } from './nomination-status.ts'
import { deleteAttachment, findAttachment } from './nominations.repository.ts'

/** Detaches a file while the unit may still edit the dossier (the bytes stay in the store; the audit log names them). */
export async function removeNominationDocument(ctx: UseCaseContext, id: string, documentId: string): Promise<void> {
  const { actor } = ctx
  await ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.write')
    if (!EDITABLE_STATUSES.includes(current.status)) {
      throw new AppError('CONFLICT', `${nominationLabel(current)} đang ở trạng thái "${NOMINATION_STATUS_LABELS[current.status]}": không gỡ tệp khỏi hồ sơ đã trình.`)
    }
    const attachment = await findAttachment(tx, actor.provinceId, id, documentId)
    if (!attachment || !(await deleteAttachment(tx, actor.provinceId, id, documentId))) throw notFound('tệp trong hồ sơ')
    await recordAudit(tx, ctx, {
      action: 'remove_document', entity: 'nomination', entityId: id, organizationId: current.nominatingOrganizationId,
      summary: `Gỡ "${attachment.name}" khỏi hồ sơ ${nominationLabel(current)}`,
      before: { attachmentId: attachment.id, part: attachment.part, name: attachment.name, sha256: attachment.sha256 },
    })
  })
}
