// An issued plan (or a draft seen by someone who may not edit it): the document as printed, its
// particulars, events and deadlines, and the cascade of answering plans under it.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Row, Skeleton, Tabs } from 'antd'
import { SendOutlined } from '@ant-design/icons'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { can } from '../../../shared/roles.ts'
import { api } from '../../api.ts'
import { useCurrentUser } from '../../auth.tsx'
import type { CampaignDetail } from '../../types.ts'
import { CascadePanel } from './CascadePanel.tsx'
import { CampaignStatusTag } from './CampaignStatusTag.tsx'
import { DocumentDownloads } from './DocumentDownloads.tsx'
import { DocumentPreview } from './DocumentPreview.tsx'
import { IssueDialog } from './IssueDialog.tsx'
import { PlanEventsCard } from './PlanEventsCard.tsx'
import { PlanFacts } from './PlanFacts.tsx'
import { PlanLifecycleActions } from './PlanLifecycleActions.tsx'
import { PlanTitleBar } from './PlanTitleBar.tsx'

export type ViewerTab = 'document' | 'cascade'

function PlanDocument({ plan }: { plan: CampaignDetail }) {
  const { data, error } = useQuery({
    queryKey: ['campaigns', 'document', plan.id, plan.version],
    queryFn: () => api.get<DocumentModel>(`/api/campaigns/${plan.id}/document`),
  })
  if (error) return <Alert type="error" showIcon title={error.message} />
  return data ? <DocumentPreview model={data} /> : <Skeleton active paragraph={{ rows: 12 }} />
}

export function PlanViewer({ plan, tab, onTabChange }: { plan: CampaignDetail; tab: ViewerTab; onTabChange: (tab: ViewerTab) => void }) {
  const me = useCurrentUser()
  const canWrite = can(me, 'campaign.write')
  const [issuing, setIssuing] = useState(false)
  const draft = plan.status === 'draft'
  return (
    <>
      <PlanTitleBar title={plan.numberAndSymbol ? `Kế hoạch số ${plan.numberAndSymbol}` : 'Dự thảo kế hoạch'} tags={<CampaignStatusTag status={plan.status} />}>
        {draft && can(me, 'campaign.issue') && (
          <Button type="primary" icon={<SendOutlined />} onClick={() => setIssuing(true)} data-testid="plan-issue">
            Ban hành…
          </Button>
        )}
        <DocumentDownloads planId={plan.id} />
        {!draft && canWrite && <PlanLifecycleActions plan={plan} />}
      </PlanTitleBar>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={draft ? 'document' : tab}
          onChange={(key) => onTabChange(key as ViewerTab)}
          items={[
            {
              key: 'document',
              label: 'Văn bản',
              children: (
                <Row gutter={[16, 16]}>
                  <Col xs={24} xl={15}>
                    <div style={{ background: '#e8e8e8', padding: 12, borderRadius: 6 }}>
                      <PlanDocument plan={plan} />
                    </div>
                  </Col>
                  <Col xs={24} xl={9}>
                    <Row gutter={[16, 16]}>
                      <Col span={24}>
                        <PlanFacts plan={plan} />
                      </Col>
                      <Col span={24}>
                        <PlanEventsCard plan={plan} canEdit={canWrite && !draft} />
                      </Col>
                    </Row>
                  </Col>
                </Row>
              ),
            },
            ...(draft ? [] : [{ key: 'cascade', label: 'Phân cấp triển khai', children: <CascadePanel planId={plan.id} /> }]),
          ]}
        />
      </Card>
      {issuing && <IssueDialog plan={plan} version={plan.version} onClose={() => setIssuing(false)} />}
    </>
  )
}
