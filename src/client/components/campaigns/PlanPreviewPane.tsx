// The live preview of the draft: the checked content is sent to POST /api/campaigns/preview
// once typing pauses; while the plan has errors the last good preview stays, marked as stale.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Card, Form, Spin, type FormInstance } from 'antd'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { api } from '../../api.ts'
import { DocumentPreview } from './DocumentPreview.tsx'
import { usePlanChecks } from './PlanChecks.tsx'

export function PlanPreviewPane({ form }: { form: FormInstance }) {
  const { valid } = usePlanChecks()
  const issuerId = Form.useWatch('issuerId', form) as string | undefined
  const body = valid && issuerId ? { issuerId, content: valid } : null
  const { data, error, isFetching } = useQuery({
    queryKey: ['campaigns', 'preview', JSON.stringify(body)],
    queryFn: () => api.post<DocumentModel>('/api/campaigns/preview', body),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
  })
  return (
    <Card size="small" title="Xem trước văn bản" extra={isFetching && <Spin size="small" />} styles={{ body: { background: '#e8e8e8', padding: 12 } }}>
      {!valid && <Alert type="warning" showIcon title="Xem trước chưa cập nhật: kế hoạch còn lỗi cần sửa." style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      {data ? <DocumentPreview model={data} /> : !error && <Alert type="info" title="Bản xem trước hiện ra khi kế hoạch đủ thông tin bắt buộc." />}
    </Card>
  )
}
