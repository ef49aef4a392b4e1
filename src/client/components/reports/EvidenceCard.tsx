// The evidence files (minh chứng) of a report: download each; while the report may be edited, upload more
// (PDF, Word, Excel, images within the upload limit — the server checks the bytes) and remove one.
import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Card, Table, Upload } from 'antd'
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import type { ReportDetail } from './report-ui.ts'

const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg'

export function EvidenceCard({ report, onChanged }: { report: ReportDetail; onChanged: (next: ReportDetail) => void }) {
  const upload = useMutation({
    mutationFn: (file: File) => api.upload<ReportDetail>(`/api/reports/${report.id}/files`, file, file.name),
    onSuccess: onChanged,
  })
  const remove = useMutation({
    mutationFn: async (fileId: string) => {
      await api.delete(`/api/reports/${report.id}/files/${fileId}`)
      return api.get<ReportDetail>(`/api/reports/${report.id}`)
    },
    onSuccess: onChanged,
  })
  const error = upload.error ?? remove.error
  return (
    <Card
      title="Minh chứng"
      style={{ marginBottom: 16 }}
      extra={report.canEdit && (
        <Upload accept={ACCEPT} showUploadList={false} customRequest={({ file }) => upload.mutate(file as File)}>
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="report-upload">Đính kèm tệp</Button>
        </Upload>
      )}
    >
      {error && <Alert type="error" showIcon title={toApiError(error).message} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="report-files"
        locale={{ emptyText: 'Chưa có tệp minh chứng (PDF, Word, Excel, ảnh).' }}
        dataSource={report.files}
        columns={[
          { title: 'Tệp', key: 'name', render: (_, f) => <a href={`/api/reports/${report.id}/files/${f.id}`} download>{f.name}</a> },
          { title: 'Dung lượng', key: 'size', width: 110, render: (_, f) => `${Math.max(1, Math.round(f.size / 1024))} KB` },
          { title: 'Người đính kèm', key: 'by', width: 260, render: (_, f) => `${f.uploadedByName}, ${formatDateTime(f.uploadedAt)}` },
          ...(report.canEdit
            ? [{ title: '', key: 'remove', width: 60, render: (_: unknown, f: ReportDetail['files'][number]) => <Button size="small" icon={<DeleteOutlined />} loading={remove.isPending && remove.variables === f.id} onClick={() => remove.mutate(f.id)} aria-label={`Gỡ ${f.name}`} /> }]
            : []),
        ]}
      />
    </Card>
  )
}
