// The answer of the public check: green for a valid certificate, orange for one a reissue replaced, red for a
// cancelled one (with its reason and Điều 93), each with the facts printed on the certificate.
import type { ReactNode } from 'react'
import { Card, Descriptions, Typography } from 'antd'
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons'
import { formatDate } from '../../format.ts'
import type { CertificateStatus, PublicCertificate } from './certificate-types.ts'

const LOOK: Record<CertificateStatus, { color: string; background: string; icon: ReactNode }> = {
  valid: { color: '#237804', background: '#f6ffed', icon: <CheckCircleFilled /> },
  replaced: { color: '#ad4e00', background: '#fff7e6', icon: <ExclamationCircleFilled /> },
  cancelled: { color: '#a8071a', background: '#fff1f0', icon: <CloseCircleFilled /> },
}

export function VerifyResultCard({ result }: { result: PublicCertificate }) {
  const look = LOOK[result.status]
  return (
    <Card style={{ borderColor: look.color, background: look.background }} data-testid={`verify-result-${result.status}`}>
      <Typography.Title level={4} style={{ color: look.color, marginTop: 0 }} data-testid="verify-status">
        {look.icon} {result.statusText}
      </Typography.Title>
      {result.status === 'cancelled' && (
        <Typography.Paragraph style={{ color: look.color }}>
          Lý do: {result.cancellationReason}
          {result.changedOn ? ` (ngày ${formatDate(result.changedOn)})` : ''}. Căn cứ: {result.cancellationBasis}.
        </Typography.Paragraph>
      )}
      {result.status === 'replaced' && result.changedOn && (
        <Typography.Paragraph style={{ color: look.color }}>Cấp lại ngày {formatDate(result.changedOn)}; người được khen giữ bản cấp lại có mã xác minh mới.</Typography.Paragraph>
      )}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 150 } }}>
        <Descriptions.Item label="Người, tập thể được khen">
          <strong data-testid="verify-awardee">{result.awardeeName}</strong>
        </Descriptions.Item>
        <Descriptions.Item label="Đơn vị">{result.unitName}</Descriptions.Item>
        <Descriptions.Item label="Hình thức, danh hiệu">{result.awardName}</Descriptions.Item>
        <Descriptions.Item label="Quyết định">
          Số {result.decision.number} ngày {formatDate(result.decision.date)}
        </Descriptions.Item>
        <Descriptions.Item label="Cơ quan quyết định">{result.issuer}</Descriptions.Item>
        <Descriptions.Item label="Số sổ vàng">{result.serial}</Descriptions.Item>
        <Descriptions.Item label="Mã xác minh">
          <Typography.Text code>{result.code}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  )
}
