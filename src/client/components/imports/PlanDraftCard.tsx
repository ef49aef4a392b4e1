// "Tạo dự thảo kế hoạch": the reviewed fields of a plan, the issuer and the parent plans go to
// POST /api/imports/apply-plan; the new draft opens in the plan editor, and what the draft could
// not take as read is listed for the officer to check there.
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Flex, Form, Typography, type FormInstance } from 'antd'
import { FileAddOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import type { CampaignDetail } from '../../types.ts'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { CampaignSelect } from '../campaigns/CampaignSelect.tsx'
import { refreshAfterWrite } from '../campaigns/campaign-queries.ts'
import { fromReviewValues, type ReviewValues } from './parsed-form.ts'

interface Props {
  form: FormInstance<ReviewValues>
  text: string
  fileName: string
  defaultIssuerId: string
}

interface AppliedPlan {
  campaign: CampaignDetail
  warnings: string[]
}

export function PlanDraftCard({ form, text, fileName, defaultIssuerId }: Props) {
  const { modal } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [issuerId, setIssuerId] = useState<string | undefined>(defaultIssuerId)
  const [parentIds, setParentIds] = useState<string[]>([])

  const apply = useMutation({
    mutationFn: () =>
      api.post<AppliedPlan>('/api/imports/apply-plan', {
        issuerId,
        fileName,
        parsed: { ...fromReviewValues(form.getFieldsValue(true)), _meta: { text } },
        parentIds,
      }),
    onSuccess: async ({ campaign, warnings }) => {
      await refreshAfterWrite(queryClient, campaign)
      if (warnings.length > 0) {
        modal.warning({
          title: 'Đã tạo dự thảo — cần xem lại',
          width: 640,
          content: (
            <ul data-testid="import-warnings" style={{ paddingInlineStart: 18 }}>
              {warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ),
        })
      }
      navigate(`/ke-hoach/${campaign.id}`)
    },
  })

  return (
    <Card title="Tạo dự thảo kế hoạch" size="small" data-testid="plan-draft-card">
      <Typography.Paragraph type="secondary">
        Dự thảo lấy phần đầu (tên cơ quan, ký hiệu mặc định, người ký) theo cơ quan ban hành chọn dưới đây, các trường ở trên và toàn bộ nội dung văn bản theo các mục.
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label="Cơ quan ban hành" required>
          <OrganizationSelect value={issuerId} onChange={setIssuerId} data-testid="import-issuer" />
        </Form.Item>
        <Form.Item label="Kế hoạch cấp trên (không bắt buộc)">
          <CampaignSelect multiple value={parentIds} onChange={(next) => setParentIds(next ?? [])} />
        </Form.Item>
      </Form>
      <Flex vertical gap={12}>
        {apply.error && <Alert type="error" showIcon title={toApiError(apply.error).message} data-testid="apply-error" />}
        <Button type="primary" icon={<FileAddOutlined />} disabled={!issuerId} loading={apply.isPending} onClick={() => apply.mutate()} data-testid="create-plan-draft">
          Tạo dự thảo kế hoạch
        </Button>
      </Flex>
    </Card>
  )
}
