// Actions on a plan that is no longer edited: "Sửa đổi bổ sung" (a new draft amending it) and
// "Chuyển trạng thái" forward through running → reviewed (sơ kết) → closed (tổng kết).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Dropdown } from 'antd'
import { DownOutlined, EditOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { api, toApiError } from '../../api.ts'
import type { CampaignDetail, CampaignStatus } from '../../types.ts'
import { CAMPAIGN_STATUS_LABELS } from './campaign-labels.ts'
import { refreshAfterWrite } from './campaign-queries.ts'

/** Where a plan may go next (the server has the last word: a plan with a sơ kết passes through "Đã sơ kết"). */
const NEXT_STATUSES: Record<CampaignStatus, CampaignStatus[]> = {
  draft: [],
  issued: ['running'],
  running: ['reviewed', 'closed'],
  reviewed: ['closed'],
  closed: [],
}

export function PlanLifecycleActions({ plan }: { plan: CampaignDetail }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const { message, modal } = App.useApp()

  const amend = useMutation({
    mutationFn: () => api.post<CampaignDetail>(`/api/campaigns/${plan.id}/amend`),
    onSuccess: (draft) => {
      void refreshAfterWrite(queryClient, draft)
      message.success('Đã lập dự thảo sửa đổi, bổ sung')
      navigate(`/ke-hoach/${draft.id}`)
    },
    onError: (error) => message.error(toApiError(error).message),
  })

  const transition = useMutation({
    mutationFn: (to: CampaignStatus) => api.post<CampaignDetail>(`/api/campaigns/${plan.id}/transition`, { version: plan.version, to }),
    onSuccess: (saved) => {
      void refreshAfterWrite(queryClient, saved)
      message.success(`Kế hoạch chuyển sang "${CAMPAIGN_STATUS_LABELS[saved.status].label}"`)
    },
    onError: (error) => message.error(toApiError(error).message),
  })

  const next = NEXT_STATUSES[plan.status]
  return (
    <>
      <Button
        icon={<EditOutlined />}
        loading={amend.isPending}
        onClick={() =>
          modal.confirm({
            title: 'Sửa đổi, bổ sung kế hoạch',
            content: 'Lập một dự thảo mới sửa đổi, bổ sung kế hoạch này (nội dung chép từ kế hoạch hiện hành). Kế hoạch đã ban hành giữ nguyên.',
            okText: 'Lập dự thảo',
            cancelText: 'Hủy',
            onOk: () => amend.mutateAsync().catch(() => undefined), // the error is shown by onError
          })
        }
      >
        Sửa đổi bổ sung
      </Button>
      {next.length > 0 && (
        <Dropdown
          menu={{
            items: next.map((status) => ({ key: status, label: CAMPAIGN_STATUS_LABELS[status].label })),
            onClick: ({ key }) => {
              const to = key as CampaignStatus
              modal.confirm({
                title: `Chuyển kế hoạch sang "${CAMPAIGN_STATUS_LABELS[to].label}"?`,
                content: 'Chỉ chuyển tiếp, không quay lại trạng thái trước.',
                okText: 'Chuyển',
                cancelText: 'Hủy',
                onOk: () => transition.mutateAsync(to).catch(() => undefined),
              })
            },
          }}
        >
          <Button loading={transition.isPending}>
            Chuyển trạng thái <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </>
  )
}
