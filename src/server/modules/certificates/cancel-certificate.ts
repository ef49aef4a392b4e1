import type { UseCaseContext } from '../../http/route.ts'
import { staleVersion } from '../../http/errors.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { loadCertificate } from './certificate-access.ts'
import { assertChangeable, certificateLabel } from './certificate-status.ts'
import { certificateView, type CertificateView } from './certificate-view.ts'
import { closeCertificate, findCertificate, revokeAwardRecord } from './certificates.repository.ts'

/**
 * Hủy bỏ, thu hồi (Luật TĐKT 2022, Điều 93): the certificate becomes 'cancelled' with its reason and the
 * registry row of the award is revoked on the day with the same reason — one transaction, one audit row.
 */
export async function cancelCertificate(ctx: UseCaseContext, id: string, input: { reason: string; version: number }): Promise<CertificateView> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { certificate, decision } = await loadCertificate(tx, actor, id)
    assertChangeable(certificate, input.version, 'hủy bỏ')
    if (!(await closeCertificate(tx, actor.provinceId, id, { status: 'cancelled', reason: input.reason, by: actor.accountId }, input.version))) throw staleVersion(certificateLabel(certificate))
    const revokedOn = todayInVietnam()
    await revokeAwardRecord(tx, actor.provinceId, certificate.awardRecordId, revokedOn, input.reason)
    await recordAudit(tx, ctx, {
      action: 'certificate.cancel', entity: 'certificate', entityId: id, organizationId: decision.organizationId,
      summary: `Hủy bỏ, thu hồi ${certificateLabel(certificate)} của ${certificate.subjectName} (Luật Thi đua, khen thưởng 2022, Điều 93). Lý do: ${input.reason}`,
      before: { status: certificate.status }, after: { status: 'cancelled', reason: input.reason, awardRecord: { id: certificate.awardRecordId, revokedOn, revokedReason: input.reason } },
    })
    return certificateView((await findCertificate(tx, actor.provinceId, id))!)
  })
}
