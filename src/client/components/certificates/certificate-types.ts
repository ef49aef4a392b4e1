// The certificates API as the client reads it (src/server/modules/certificates).

export type CertificateStatus = 'valid' | 'replaced' | 'cancelled'

export interface CertificateView {
  id: string
  code: string
  serial: number
  status: CertificateStatus
  statusLabel: string
  awardeeName: string
  awardName: string
  unitName: string
  reason: string | null
  statusChangedAt: string | null
  statusChangedByName: string | null
  issuedAt: string
  issuedByName: string
  replacesId: string | null
  version: number
}

export interface CertificateLine extends CertificateView {
  /** The certificates this one replaced, newest first. */
  history: CertificateView[]
}

export interface DecisionCertificates {
  decision: { id: string; organizationId: string; title: string; numberText: string | null; decisionDate: string; status: 'draft' | 'issued' }
  certificates: CertificateLine[]
}

export type FieldKey = 'name' | 'details' | 'achievement' | 'decision' | 'serial' | 'placeDate' | 'signerName' | 'qr'

export interface FieldPosition {
  x: number
  y: number
  width: number
  size: number
}

export interface CertificateLayout {
  organizationId: string
  organizationName: string
  positions: Record<FieldKey, FieldPosition>
  defaults: Record<FieldKey, FieldPosition>
  fields: { key: FieldKey; label: string }[]
  page: { width: number; height: number }
  version: number
  updatedAt: string | null
}

export interface PublicCertificate {
  code: string
  status: CertificateStatus
  statusText: string
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

export const certificatesKey = (decisionId: string) => ['certificates', decisionId] as const
export const layoutKey = (organizationId: string) => ['certificate-layout', organizationId] as const

/** The PDF of a decision's certificates: the full design or the fields for pre-printed blanks, all valid ones or the chosen ones. */
export function printUrl(decisionId: string, mode: 'full' | 'preprinted', ids: readonly string[] = []): string {
  const query = new URLSearchParams({ mode })
  if (ids.length > 0) query.set('ids', ids.join(','))
  return `/api/decisions/${decisionId}/certificates.pdf?${query.toString()}`
}
