// The public check of a certificate by its verification code (the QR code leads here): the code's check
// characters are verified before any lookup; the answer holds only what the certificate itself shows
// (no CCCD, birth date or internal ids).
import { AppError } from '../../http/errors.ts'
import type { PublicContext } from '../../http/route.ts'
import { checkCertificateCode } from '../../../shared/certificate-code.ts'
import { decisionNumber } from '../../../documents/certificate/index.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { findCertificateByCode, findDecision, type CertificateStatus } from './certificates.repository.ts'
import { awardeeName, awardName } from './certificate-data.ts'

export const CANCELLATION_BASIS = 'Luật Thi đua, khen thưởng 2022, Điều 93'

const STATUS_TEXT: Record<CertificateStatus, string> = {
  valid: 'Giấy khen hợp lệ',
  replaced: 'Đã được cấp lại; bản này không còn giá trị',
  cancelled: `Đã bị hủy bỏ, thu hồi (${CANCELLATION_BASIS})`,
}

export interface PublicCertificate {
  code: string
  status: CertificateStatus
  statusText: string
  /** Why it was cancelled; null otherwise (a reissue's reason — lost, damaged — is not published). */
  cancellationReason: string | null
  cancellationBasis: string | null
  changedOn: string | null
  awardeeName: string
  unitName: string
  awardName: string
  decision: { number: string; date: string }
  issuer: string
  serial: number
}

export async function verifyCertificate(ctx: PublicContext, input: string): Promise<PublicCertificate> {
  const checked = checkCertificateCode(input)
  if (!checked.ok) throw new AppError('VALIDATION', checked.problem, { code: `Mã xác minh: ${checked.problem}` })
  const certificate = await findCertificateByCode(ctx.db, checked.code)
  if (!certificate) throw new AppError('NOT_FOUND', 'Không tìm thấy giấy khen nào có mã này.')
  const decision = (await findDecision(ctx.db, certificate.provinceId, certificate.decisionId))!
  const organization = (await findOrganization(ctx.db, certificate.provinceId, decision.organizationId))!
  const identity = await loadIssuerIdentity(ctx.db, certificate.provinceId, organization)
  const cancelled = certificate.status === 'cancelled'
  return {
    code: certificate.code,
    status: certificate.status,
    statusText: STATUS_TEXT[certificate.status],
    cancellationReason: cancelled ? certificate.reason : null,
    cancellationBasis: cancelled ? CANCELLATION_BASIS : null,
    changedOn: certificate.statusChangedAt === null ? null : todayInVietnam(new Date(certificate.statusChangedAt)),
    awardeeName: awardeeName(certificate),
    unitName: certificate.unitName,
    awardName: awardName(certificate),
    decision: { number: decisionNumber(decision.track, decision.number!, decision.symbol), date: decision.decisionDate },
    issuer: identity.formalName,
    serial: certificate.serial,
  }
}
