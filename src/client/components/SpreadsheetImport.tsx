// The shared body of the spreadsheet import pages (people, histories): the upload card (unit picker,
// .xlsx drop zone, upload error) and, once the file is read, the preview card with the summary and
// the "Ghi N dòng hợp lệ" button. The page owns the state and the mutations; it passes the preview table.
import type { ReactNode } from 'react'
import { Alert, Button, Card, Col, Flex, Row, Typography, Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import { toApiError } from '../api.ts'
import { OrganizationSelect } from './OrganizationSelect.tsx'

interface PreviewSummary {
  id: string
  fileName: string
  validCount: number
  errorCount: number
}

interface Props<P extends PreviewSummary> {
  /** Prefix of every data-testid: `${testIdPrefix}-organization`, `-upload`, `-error`, `-commit`, `-summary`. */
  testIdPrefix: string
  /** The explanation at the top of the upload card. */
  intro: ReactNode
  organizationLabel: string
  organizationId: string | undefined
  onOrganizationChange: (organizationId: string | undefined) => void
  upload: {
    isPending: boolean
    error: Error | null
    mutate: (file: File, options: { onSuccess: (data: P) => void; onError: (error: Error) => void }) => void
  }
  commit: { isPending: boolean; error: Error | null; mutate: (id: string) => void }
  preview: P | null
  /** The rows of the preview, below the summary. */
  renderPreview: (preview: P) => ReactNode
}

export function SpreadsheetImport<P extends PreviewSummary>({
  testIdPrefix,
  intro,
  organizationLabel,
  organizationId,
  onOrganizationChange,
  upload,
  commit,
  preview,
  renderPreview,
}: Props<P>) {
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={10}>
            <Typography.Text strong>{organizationLabel}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <OrganizationSelect value={organizationId} onChange={onOrganizationChange} data-testid={`${testIdPrefix}-organization`} />
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
              data-testid={`${testIdPrefix}-upload`}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{upload.isPending ? 'Đang đọc tệp…' : 'Bấm hoặc kéo tệp .xlsx vào đây'}</p>
              <p className="ant-upload-hint">Chỉ nhận tệp Excel (.xlsx) theo mẫu.</p>
            </Upload.Dragger>
          </Col>
        </Row>
        {upload.error && <Alert type="error" showIcon title={toApiError(upload.error).message} style={{ marginTop: 16 }} data-testid={`${testIdPrefix}-error`} />}
      </Card>
      {preview && (
        <Card
          title={`Xem trước: ${preview.fileName}`}
          extra={
            <Button
              type="primary"
              disabled={preview.validCount === 0}
              loading={commit.isPending}
              onClick={() => commit.mutate(preview.id)}
              data-testid={`${testIdPrefix}-commit`}
            >
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
              data-testid={`${testIdPrefix}-summary`}
            />
            {commit.error && <Alert type="error" showIcon title={toApiError(commit.error).message} />}
            {renderPreview(preview)}
          </Flex>
        </Card>
      )}
    </>
  )
}
