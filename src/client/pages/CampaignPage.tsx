// /ke-hoach/:id and /ke-hoach/:id/phan-cap — a plan: the editor while it is a draft and the user
// may write, else the viewer (document, particulars, events, cascade).
import { useQuery } from '@tanstack/react-query'
import { Button, Result } from 'antd'
import { useLocation, useNavigate, useParams } from 'react-router'
import { can } from '../../shared/roles.ts'
import { api } from '../api.ts'
import { FullPageSpin, useCurrentUser } from '../auth.tsx'
import type { CampaignDetail } from '../types.ts'
import { campaignDetailKey } from '../components/campaigns/campaign-queries.ts'
import { PlanEditor } from '../components/campaigns/PlanEditor.tsx'
import { PlanViewer } from '../components/campaigns/PlanViewer.tsx'

export function CampaignPage() {
  const { id = '' } = useParams()
  const me = useCurrentUser()
  const location = useLocation()
  const navigate = useNavigate()
  const { data: plan, error, refetch } = useQuery({
    queryKey: campaignDetailKey(id),
    queryFn: () => api.get<CampaignDetail>(`/api/campaigns/${id}`),
  })

  if (error) {
    return (
      <Result
        status="warning"
        title="Không mở được kế hoạch"
        subTitle={error.message}
        extra={[
          <Button key="retry" onClick={() => refetch()}>
            Thử lại
          </Button>,
          <Button key="list" type="primary" onClick={() => navigate('/ke-hoach')}>
            Về danh sách kế hoạch
          </Button>,
        ]}
      />
    )
  }
  if (!plan) return <FullPageSpin />
  if (plan.status === 'draft' && can(me, 'campaign.write')) return <PlanEditor key={plan.id} plan={plan} canIssue={can(me, 'campaign.issue')} />
  return (
    <PlanViewer
      plan={plan}
      tab={location.pathname.endsWith('/phan-cap') ? 'cascade' : 'document'}
      onTabChange={(tab) => navigate(tab === 'cascade' ? `/ke-hoach/${plan.id}/phan-cap` : `/ke-hoach/${plan.id}`, { replace: true })}
    />
  )
}
