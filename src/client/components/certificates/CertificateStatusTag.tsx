import { Tag } from 'antd'
import type { CertificateStatus } from './certificate-types.ts'

const COLORS: Record<CertificateStatus, string> = { valid: 'green', replaced: 'orange', cancelled: 'red' }

export function CertificateStatusTag({ status, label }: { status: CertificateStatus; label: string }) {
  return (
    <Tag color={COLORS[status]} data-testid={`certificate-status-${status}`}>
      {label}
    </Tag>
  )
}
