// The plan's particulars beside its document: issuer, kind, number and date, period, the plans it
// implements, the plan it amends and a draft amending it, and how many addressees have answered.
import { useQuery } from '@tanstack/react-query'
import { Card, Descriptions, Flex } from 'antd'
import { Link } from 'react-router'
import { CAMPAIGN_KINDS, type CampaignKind } from '../../../shared/campaign-plan.ts'
import { api, toQuery } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { CampaignDetail, CampaignSummary, Page } from '../../types.ts'
import { CampaignStatusTag } from './CampaignStatusTag.tsx'

/** A draft of the same issuer amending this plan, if one is being prepared. */
function useAmendingDraft(plan: CampaignDetail) {
  const { data } = useQuery({
    queryKey: ['campaigns', 'list', { issuerId: plan.issuerId, status: 'draft', amends: plan.id }],
    queryFn: () => api.get<Page<CampaignSummary>>(`/api/campaigns${toQuery({ issuerId: plan.issuerId, status: 'draft', pageSize: 100 })}`),
    enabled: plan.status !== 'draft',
  })
  return data?.items.find((item) => item.amendsId === plan.id)
}

export function PlanFacts({ plan }: { plan: CampaignDetail }) {
  const amending = useAmendingDraft(plan)
  const answered = plan.addressees.filter((addressee) => addressee.status === 'answered').length
  return (
    <Card size="small" title="Thông tin kế hoạch">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'issuer', label: 'Cơ quan ban hành', children: plan.issuerName },
          { key: 'kind', label: 'Loại thi đua', children: CAMPAIGN_KINDS[plan.kind as CampaignKind] ?? plan.kind },
          { key: 'number', label: 'Số, ký hiệu', children: plan.numberAndSymbol ?? 'Chưa có số' },
          { key: 'issuedOn', label: 'Ngày ban hành', children: formatDate(plan.issuedOn) || '—' },
          { key: 'status', label: 'Trạng thái', children: <CampaignStatusTag status={plan.status} /> },
          { key: 'period', label: 'Thời gian', children: plan.content.period.asWritten || '—' },
          {
            key: 'parents',
            label: 'Thực hiện kế hoạch',
            children:
              plan.parents.length > 0 ? (
                <Flex vertical>
                  {plan.parents.map((parent) => (
                    <Link key={parent.id} to={`/ke-hoach/${parent.id}`}>
                      {parent.numberAndSymbol ?? 'Dự thảo'} của {parent.issuerName}
                    </Link>
                  ))}
                </Flex>
              ) : (
                '—'
              ),
          },
          ...(plan.amendsId ? [{ key: 'amends', label: 'Sửa đổi, bổ sung', children: <Link to={`/ke-hoach/${plan.amendsId}`}>Kế hoạch được sửa đổi</Link> }] : []),
          ...(amending ? [{ key: 'amending', label: 'Dự thảo sửa đổi', children: <Link to={`/ke-hoach/${amending.id}`}>{amending.title}</Link> }] : []),
          { key: 'addressees', label: 'Đơn vị nhận', children: plan.addressees.length > 0 ? `${answered}/${plan.addressees.length} đã ban hành kế hoạch triển khai` : 'Không gửi đơn vị nào' },
        ]}
      />
    </Card>
  )
}
