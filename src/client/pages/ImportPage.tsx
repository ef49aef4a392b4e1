// /ca-nhan/nhap — import people from the XLSX template: upload, preview errors per row and
// column, then write the valid rows in one go.
import { useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Col, Flex, Result, Row, Typography, Upload } from 'antd'
import { DownloadOutlined, HistoryOutlined, InboxOutlined } from '@ant-design/icons'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { can } from '../../shared/roles.ts'
import type { ImportPreview } from '../types.ts'
import { ImportPreviewTable } from '../components/ImportPreviewTable.tsx'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'

export function ImportPage() {
  const me = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [organizationId, setOrganizationId] = useState<string | undefined>(me.organizationId)
  const [preview, setPreview] = useState<ImportPreview | null>(null)

  const upload = useMutation({
    mutationFn: (file: File) => api.upload<ImportPreview>(`/api/people/import/preview${toQuery({ organizationId })}`, file, file.name),
    onMutate: () => setPreview(null),
    onSuccess: setPreview,
  })

  const commit = useMutation({
    mutationFn: (id: string) => api.post<{ inserted: number; skipped: number }>(`/api/people/import/${id}/commit`),
    onSuccess: async (result) => {
      message.success(`Đã ghi ${result.inserted} cá nhân`)
      await queryClient.invalidateQueries({ queryKey: ['people'] })
    },
  })

  const restart = () => {
    setPreview(null)
    upload.reset()
    commit.reset()
  }

  if (commit.data) {
    return (
      <Card>
        <Result
          status="success"
          title={`Đã ghi ${commit.data.inserted} cá nhân`}
          subTitle={commit.data.skipped > 0 ? `Bỏ qua ${commit.data.skipped} dòng lỗi. Sửa các dòng này trong tệp rồi nhập lại.` : 'Mọi dòng trong tệp đã được ghi.'}
          extra={[
            <Link key="people" to="/ca-nhan">
              <Button type="primary">Xem danh sách cá nhân</Button>
            </Link>,
            <Button key="again" onClick={restart}>
              Nhập tệp khác
            </Button>,
          ]}
          data-testid="import-done"
        />
      </Card>
    )
  }

  return (
    <>
      <PageHeader title="Nhập cá nhân từ Excel">
        {can(me, 'history.write') && (
          <Link to="/lich-su/nhap">
            <Button icon={<HistoryOutlined />} data-testid="history-import-link">
              Nhập lịch sử thi đua, khen thưởng
            </Button>
          </Link>
        )}
        <Button href="/api/people/import/template" icon={<DownloadOutlined />} data-testid="import-template">
          Tải tệp mẫu
        </Button>
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          Điền danh sách vào tệp mẫu (mỗi người một dòng), chọn đơn vị mặc định cho các dòng để trống cột "Đơn vị", rồi tải tệp lên để kiểm tra. Chưa có dữ
          liệu nào được ghi cho tới khi bạn bấm "Ghi".
        </Typography.Paragraph>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={10}>
            <Typography.Text strong>Đơn vị mặc định</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <OrganizationSelect value={organizationId} onChange={setOrganizationId} data-testid="import-organization" />
            </div>
          </Col>
          <Col xs={24} md={14}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={upload.isPending || !organizationId}
              customRequest={({ file, onSuccess, onError }) => {
                upload.mutate(file as File, { onSuccess: (data) => onSuccess?.(data), onError: (error) => onError?.(error) })
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{upload.isPending ? 'Đang đọc tệp…' : 'Bấm hoặc kéo tệp .xlsx vào đây'}</p>
              <p className="ant-upload-hint">Chỉ nhận tệp Excel (.xlsx) theo mẫu.</p>
            </Upload.Dragger>
          </Col>
        </Row>
        {upload.error && <Alert type="error" showIcon title={toApiError(upload.error).message} style={{ marginTop: 16 }} data-testid="import-error" />}
      </Card>
      {preview && (
        <Card
          title={`Xem trước: ${preview.fileName}`}
          extra={
            <Button type="primary" disabled={preview.validCount === 0} loading={commit.isPending} onClick={() => commit.mutate(preview.id)} data-testid="import-commit">
              Ghi {preview.validCount} dòng hợp lệ
            </Button>
          }
        >
          <Flex vertical gap={12}>
            <Alert
              type={preview.errorCount > 0 ? 'warning' : 'success'}
              showIcon
              title={`${preview.validCount} dòng hợp lệ, ${preview.errorCount} dòng lỗi`}
              description={preview.errorCount > 0 ? 'Các dòng lỗi sẽ bị bỏ qua khi ghi. Ô lỗi được tô đỏ kèm lý do.' : undefined}
              data-testid="import-summary"
            />
            {commit.error && <Alert type="error" showIcon title={toApiError(commit.error).message} />}
            <ImportPreviewTable rows={preview.rows} />
          </Flex>
        </Card>
      )}
    </>
  )
}
