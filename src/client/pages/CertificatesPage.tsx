// /quyet-dinh/:id/giay-khen — the certificates of an issued decision: one line per awardee with its serial
// (số sổ vàng), verification code and status, the reissue history; printing (full design or pre-printed
// blanks, all valid certificates or the chosen ones), reissue and cancellation (Điều 93), and the blank layout.
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Flex, Result, Typography } from 'antd'
import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons'
import { can } from '../../shared/roles.ts'
import { api } from '../api.ts'
import { FullPageSpin, useCurrentUser } from '../auth.tsx'
import { formatDate } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { CertificatesTable } from '../components/certificates/CertificatesTable.tsx'
import { LayoutEditor } from '../components/certificates/LayoutEditor.tsx'
import { StatusChangeDialog, type StatusChange } from '../components/certificates/StatusChangeDialog.tsx'
import { certificatesKey, printUrl, type CertificateLine, type DecisionCertificates } from '../components/certificates/certificate-types.ts'

export function CertificatesPage() {
  const { id = '' } = useParams()
  const me = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const canManage = can(me, 'certificate.manage')
  const [selected, setSelected] = useState<string[]>([])
  const [action, setAction] = useState<{ change: StatusChange; certificate: CertificateLine } | null>(null)
  const [showLayout, setShowLayout] = useState(false)
  const { data, error, refetch } = useQuery({ queryKey: certificatesKey(id), queryFn: () => api.get<DecisionCertificates>(`/api/decisions/${id}/certificates`) })

  if (error) {
    return <Result status="warning" title="Không mở được danh sách giấy khen" subTitle={error.message} extra={<Button onClick={() => refetch()}>Thử lại</Button>} />
  }
  if (!data) return <FullPageSpin />

  const { decision, certificates } = data
  const valid = certificates.filter((c) => c.status === 'valid')
  const chosen = selected.filter((s) => valid.some((c) => c.id === s))
  const title = decision.numberText ? `Giấy khen theo Quyết định số ${decision.numberText} ngày ${formatDate(decision.decisionDate)}` : 'Giấy khen'

  return (
    <>
      <Flex style={{ marginBottom: 12 }}>
        <Link to={`/quyet-dinh/${decision.id}`}>
          <ArrowLeftOutlined /> Quyết định khen thưởng
        </Link>
      </Flex>
      <PageHeader title={title}>
        {canManage && (
          <>
            <Button type="primary" icon={<FilePdfOutlined />} href={printUrl(decision.id, 'full', chosen)} disabled={valid.length === 0} target="_blank" data-testid="print-full">
              {chosen.length > 0 ? `In ${chosen.length} giấy đã chọn` : 'In giấy khen'}
            </Button>
            <Button icon={<FilePdfOutlined />} href={printUrl(decision.id, 'preprinted', chosen)} disabled={valid.length === 0} target="_blank" data-testid="print-preprinted">
              In trên phôi in sẵn
            </Button>
            <Button onClick={() => setShowLayout((shown) => !shown)} data-testid="toggle-layout">
              {showLayout ? 'Ẩn vị trí in trên phôi' : 'Vị trí in trên phôi'}
            </Button>
          </>
        )}
      </PageHeader>
      <Typography.Paragraph type="secondary">{decision.title}</Typography.Paragraph>
      {decision.status !== 'issued' && <Alert type="info" showIcon title="Quyết định chưa ban hành: giấy khen được tạo khi quyết định được ban hành." style={{ marginBottom: 16 }} />}
      {showLayout && canManage && (
        <div style={{ marginBottom: 16 }}>
          <LayoutEditor organizationId={decision.organizationId} previewUrl={valid[0] ? printUrl(decision.id, 'preprinted', [valid[0].id]) : null} />
        </div>
      )}
      <Card>
        <CertificatesTable lines={certificates} canManage={canManage} selected={chosen} onSelect={setSelected} onAction={(change, certificate) => setAction({ change, certificate })} />
      </Card>
      {action && (
        <StatusChangeDialog
          change={action.change}
          certificate={action.certificate}
          onClose={() => setAction(null)}
          onDone={(result) => {
            setAction(null)
            void queryClient.invalidateQueries({ queryKey: certificatesKey(id) })
            message.success(action.change === 'reissue' ? `Đã cấp lại; mã xác minh mới ${result.code}` : 'Đã hủy bỏ giấy khen và ghi thu hồi trong sổ khen thưởng')
          }}
        />
      )}
    </>
  )
}
