// /ke-hoach — campaign plans in the user's scope (drafts of their unit, plans issued to it), with
// the answering plans still owed above the list. Filters and paging live in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Row, Select, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { can } from '../../shared/roles.ts'
import { api, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDate } from '../format.ts'
import type { CampaignStatus, CampaignSummary, Page } from '../types.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { CAMPAIGN_STATUS_LABELS } from '../components/campaigns/campaign-labels.ts'
import { CampaignStatusTag } from '../components/campaigns/CampaignStatusTag.tsx'
import { TasksCard } from '../components/campaigns/TasksCard.tsx'

const STATUS_OPTIONS = Object.entries(CAMPAIGN_STATUS_LABELS).map(([value, { label }]) => ({ value, label }))

export function CampaignsPage() {
  const me = useCurrentUser()
  const canWrite = can(me, 'campaign.write')
  const navigate = useNavigate()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['q', 'status'])
  const { data, isFetching, error } = useQuery({
    queryKey: ['campaigns', 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<CampaignSummary>>(`/api/campaigns${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  return (
    <>
      <PageHeader title="Kế hoạch thi đua">
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/ke-hoach/moi')} data-testid="campaign-add">
            Lập kế hoạch
          </Button>
        )}
      </PageHeader>
      <TasksCard canWrite={canWrite} />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={16}>
            <SearchBox value={filters.q} onChange={(value) => setFilters({ q: value })} placeholder="Tìm theo trích yếu hoặc số, ký hiệu — gõ không dấu cũng được" data-testid="campaign-search" />
          </Col>
          <Col xs={24} md={8}>
            <Select
              style={{ width: '100%' }}
              allowClear
              placeholder="Tất cả trạng thái"
              options={STATUS_OPTIONS}
              value={filters.status}
              onChange={(value?: string) => setFilters({ status: value })}
              aria-label="Trạng thái"
            />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Table<CampaignSummary>
          rowKey="id"
          data-testid="campaign-table"
          className="clickable-rows"
          loading={isFetching}
          dataSource={data?.items}
          size="middle"
          scroll={{ x: 900 }}
          onRow={(plan) => ({ onClick: () => navigate(`/ke-hoach/${plan.id}`) })}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `${total.toLocaleString('vi-VN')} kế hoạch`,
            onChange: setPage,
          }}
          locale={{ emptyText: filters.q || filters.status ? 'Không có kế hoạch phù hợp' : 'Chưa có kế hoạch' }}
          columns={[
            { title: 'Số, ký hiệu', dataIndex: 'numberAndSymbol', width: 140, render: (value: string | null) => value ?? <em>Chưa có số</em> },
            { title: 'Trích yếu', dataIndex: 'title', render: (title: string) => <strong>{title}</strong> },
            { title: 'Cơ quan ban hành', dataIndex: 'issuerName', width: 200 },
            { title: 'Ngày ban hành', dataIndex: 'issuedOn', width: 120, render: formatDate },
            { title: 'Trạng thái', dataIndex: 'status', width: 140, render: (status: CampaignStatus) => <CampaignStatusTag status={status} /> },
          ]}
        />
      </Card>
    </>
  )
}
