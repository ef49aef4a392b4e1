import { randomUUID } from 'node:crypto'
import type { UseCaseContext } from '../../http/route.ts'
import { staleVersion } from '../../http/errors.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { newCertificateCode } from '../../../shared/certificate-code.ts'
import { loadCertificate } from './certificate-access.ts'
import { assertChangeable, certificateLabel } from './certificate-status.ts'
import { certificateView, type CertificateView } from './certificate-view.ts'
import { closeCertificate, findCertificate, insertCertificate } from './certificates.repository.ts'

/**
 * Cấp lại a lost or damaged certificate: the old one becomes 'replaced' (why, who, when) and a new one with a
 * new verification code and the same serial (số sổ vàng) replaces it — one transaction, one audit row.
 */
export async function reissueCertificate(ctx: UseCaseContext, id: string, input: { reason: string; version: number }): Promise<CertificateView> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { certificate: old, decision } = await loadCertificate(tx, actor, id)
    assertChangeable(old, input.version, 'cấp lại')
    if (!(await closeCertificate(tx, actor.provinceId, id, { status: 'replaced', reason: input.reason, by: actor.accountId }, input.version))) throw staleVersion(certificateLabel(old))
    const newId = randomUUID()
    await insertCertificate(tx, actor.provinceId, {
      id: newId, code: newCertificateCode(), decisionId: old.decisionId, nominationId: old.nominationId, awardRecordId: old.awardRecordId,
      serial: old.serial, replacesId: old.id, issuedBy: actor.accountId,
    })
    const issued = (await findCertificate(tx, actor.provinceId, newId))!
    await recordAudit(tx, ctx, {
      action: 'certificate.reissue', entity: 'certificate', entityId: newId, organizationId: decision.organizationId,
      summary: `Cấp lại ${certificateLabel(old)} cho ${old.subjectName}: mã mới ${issued.code}. Lý do: ${input.reason}`,
      before: { id: old.id, code: old.code, status: old.status }, after: { replaced: { id: old.id, status: 'replaced', reason: input.reason }, issued: { id: newId, code: issued.code, serial: issued.serial } },
    })
    return certificateView(issued)
  })
}
