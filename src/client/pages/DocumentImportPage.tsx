// /nhap-van-ban — "Nhập từ văn bản": drop a Word, PDF or text file, review the fields read from it
// beside the text (each field's source marked), and make a plan a campaign plan draft or write a
// decision's awardees into the award registry.
import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Card, Typography, Upload } from 'antd'
import { InboxOutlined, ReloadOutlined } from '@ant-design/icons'
import { can } from '../../shared/roles.ts'
import type { ParsedDocument } from '../../documents/parse/index.ts'
import { api, toApiError } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { DocumentReview } from '../components/imports/DocumentReview.tsx'

interface ParsedUpload {
  fileName: string
  document: ParsedDocument
}

export function DocumentImportPage() {
  const me = useCurrentUser()
  const upload = useMutation({
    mutationFn: (file: File) => api.upload<ParsedUpload>('/api/imports/parse', file, file.name),
  })

  return (
    <>
      <PageHeader title="Nhập từ văn bản">
        {upload.data && (
          <Button icon={<ReloadOutlined />} onClick={() => upload.reset()} data-testid="import-again">
            Đọc tệp khác
          </Button>
        )}
      </PageHeader>
      {!upload.data && (
        <Card style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">
            Hệ thống đọc văn bản thành các trường (số, ký hiệu, trích yếu, căn cứ, thời gian, đối tượng, hình thức khen thưởng, thời hạn, phân công…) để bạn soát lại bên
            cạnh nội dung gốc. Với quyết định khen thưởng, danh sách người, tập thể được khen được đối chiếu để ghi vào sổ khen thưởng. Chưa có gì được ghi cho tới khi bạn
            tạo dự thảo hoặc ghi vào sổ.
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            customRequest={({ file, onSuccess, onError }) => {
              upload.mutate(file as File, { onSuccess: (data) => onSuccess?.(data), onError: (error) => onError?.(error) })
            }}
            data-testid="document-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{upload.isPending ? 'Đang đọc văn bản…' : 'Bấm hoặc kéo tệp văn bản vào đây'}</p>
            <p className="ant-upload-hint">Word (.docx), PDF có lớp chữ (không nhận bản quét, tệp có mật khẩu) hoặc văn bản (.txt).</p>
          </Upload.Dragger>
          {upload.error && <Alert type="error" showIcon title={toApiError(upload.error).message} style={{ marginTop: 16 }} data-testid="document-upload-error" />}
        </Card>
      )}
      {upload.data && (
        <DocumentReview
          key={upload.submittedAt}
          fileName={upload.data.fileName}
          document={upload.data.document}
          planDrafts={can(me, 'campaign.write') ? { defaultIssuerId: me.organizationId } : null}
          registryWrites={can(me, 'history.write')}
          nominationDrafts={can(me, 'nomination.write') ? { defaultOrganizationId: me.organizationId } : null}
        />
      )}
    </>
  )
}
