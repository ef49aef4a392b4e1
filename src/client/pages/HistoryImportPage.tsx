// /lich-su/nhap — import histories from the XLSX template (Xếp loại, Danh hiệu - Khen thưởng, Sáng kiến,
// Kỷ luật): upload, preview each sheet with its errors per row and column, then write the valid rows in one go.
import { useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Badge, Button, Card, Result, Tabs } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { api, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import type { HistoryImportPreview, HistoryImportResult } from '../types.ts'
import { HistoryImportTable } from '../components/history/HistoryImportTable.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { SpreadsheetImport } from '../components/SpreadsheetImport.tsx'

/** "12 xếp loại, 3 danh hiệu, khen thưởng, 1 sáng kiến" (the kinds written). */
function describe(inserted: HistoryImportResult['inserted']): string {
  const parts = [
    inserted.ratings > 0 && `${inserted.ratings} xếp loại`,
    inserted.awards > 0 && `${inserted.awards} danh hiệu, khen thưởng`,
    inserted.initiatives > 0 && `${inserted.initiatives} sáng kiến`,
    inserted.discipline > 0 && `${inserted.discipline} kỷ luật`,
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'không có dòng nào'
}

export function HistoryImportPage() {
  const me = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [organizationId, setOrganizationId] = useState<string | undefined>(me.organizationId)
  const [preview, setPreview] = useState<HistoryImportPreview | null>(null)

  const upload = useMutation({
    mutationFn: (file: File) => api.upload<HistoryImportPreview>(`/api/history/import/preview${toQuery({ organizationId })}`, file, file.name),
    onMutate: () => setPreview(null),
    onSuccess: setPreview,
  })

  const commit = useMutation({
    mutationFn: (id: string) => api.post<HistoryImportResult>(`/api/history/import/${id}/commit`),
    onSuccess: async (result) => {
      message.success(`Đã ghi ${describe(result.inserted)}`)
      await Promise.all(['history', 'evaluation', 'eligible', 'registry', 'people'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })))
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
          title={`Đã ghi ${describe(commit.data.inserted)}`}
          subTitle={commit.data.skipped > 0 ? `Bỏ qua ${commit.data.skipped} dòng lỗi. Sửa các dòng này trong tệp rồi nhập lại.` : 'Mọi dòng trong tệp đã được ghi.'}
          extra={[
            <Link key="eligible" to="/xet-dieu-kien">
              <Button type="primary">Xem danh sách đủ điều kiện</Button>
            </Link>,
            <Button key="again" onClick={restart}>
              Nhập tệp khác
            </Button>,
          ]}
          data-testid="history-import-done"
        />
      </Card>
    )
  }

  return (
    <>
      <PageHeader title="Nhập lịch sử thi đua, khen thưởng từ Excel">
        <Button href="/api/history/import/template" icon={<DownloadOutlined />} data-testid="history-import-template">
          Tải tệp mẫu
        </Button>
      </PageHeader>
      <SpreadsheetImport
        testIdPrefix="history-import"
        intro={
          <>
            Tệp mẫu có các trang Xếp loại, Danh hiệu - Khen thưởng, Sáng kiến và Kỷ luật; mỗi dòng một bản ghi của một cá nhân, xác định bằng số CCCD (hoặc họ tên và ngày
            sinh). Chỉ tìm cá nhân trong đơn vị chọn dưới đây và các đơn vị trực thuộc. Chưa có dữ liệu nào được ghi cho tới khi bạn bấm "Ghi".
          </>
        }
        organizationLabel="Tìm cá nhân trong đơn vị"
        organizationId={organizationId}
        onOrganizationChange={setOrganizationId}
        upload={upload}
        commit={commit}
        preview={preview}
        renderPreview={(shown) => (
          <Tabs
            items={shown.sheets.map((sheet) => ({
              key: sheet.sheet,
              label: (
                <Badge count={sheet.errorCount} size="small" offset={[8, -2]}>
                  {sheet.title} ({sheet.rows.length})
                </Badge>
              ),
              children: <HistoryImportTable sheet={sheet.sheet} rows={sheet.rows} />,
            }))}
          />
        )}
      />
    </>
  )
}
