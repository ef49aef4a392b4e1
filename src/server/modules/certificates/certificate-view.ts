// Certificates as the officer's list shows them: one line per awardee with the certificate in force (or the
// cancelled one) and the chain of earlier ones it replaced.
import type { CertificateRecord, CertificateStatus } from './certificates.repository.ts'
import { awardeeName, awardName } from './certificate-data.ts'

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: 'Còn hiệu lực',
  replaced: 'Đã cấp lại',
  cancelled: 'Đã hủy bỏ, thu hồi',
}

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

export function certificateView(c: CertificateRecord): CertificateView {
  return {
    id: c.id, code: c.code, serial: c.serial, status: c.status, statusLabel: STATUS_LABELS[c.status], awardeeName: awardeeName(c), awardName: awardName(c),
    unitName: c.unitName, reason: c.reason, statusChangedAt: c.statusChangedAt, statusChangedByName: c.statusChangedByName, issuedAt: c.issuedAt,
    issuedByName: c.issuedByName, replacesId: c.replacesId, version: c.version,
  }
}

/** The heads of the replacement chains (not replaced by another), each with its chain back to the first issue. */
export function certificateLines(records: readonly CertificateRecord[]): CertificateLine[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const replaced = new Set(records.map((r) => r.replacesId).filter((id): id is string => id !== null))
  return records
    .filter((r) => !replaced.has(r.id))
    .map((head) => {
      const history: CertificateView[] = []
      for (let at = head.replacesId ? byId.get(head.replacesId) : undefined; at; at = at.replacesId ? byId.get(at.replacesId) : undefined) history.push(certificateView(at))
      return { ...certificateView(head), history }
    })
}
