// /ca-nhan/nhap — import people from the XLSX template: upload, preview errors per row and
// column, then write the valid rows in one go.
import { useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Result } from 'antd'
import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons'
import { api, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { can } from '../../shared/roles.ts'
import type { ImportPreview } from '../types.ts'
import { ImportPreviewTable } from '../components/ImportPreviewTable.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { SpreadsheetImport } from '../components/SpreadsheetImport.tsx'

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
      <SpreadsheetImport
        testIdPrefix="import"
        intro={
          <>
            Điền danh sách vào tệp mẫu (mỗi người một dòng), chọn đơn vị mặc định cho các dòng để trống cột "Đơn vị", rồi tải tệp lên để kiểm tra. Chưa có dữ
            liệu nào được ghi cho tới khi bạn bấm "Ghi".
          </>
        }
        organizationLabel="Đơn vị mặc định"
        organizationId={organizationId}
        onOrganizationChange={setOrganizationId}
        upload={upload}
        commit={commit}
        preview={preview}
        renderPreview={(shown) => <ImportPreviewTable rows={shown.rows} />}
      />
    </>
  )
}
