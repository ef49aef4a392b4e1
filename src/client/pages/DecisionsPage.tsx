// /quyet-dinh — award decisions in the user's scope (drafts and issued), filtered by status, year and a
// search on the title or number; "Quyết định mới" drafts one from the nominations the council passed.
import { useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Col, InputNumber, Row, Select, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { can } from '../../shared/roles.ts'
import { api, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDate } from '../format.ts'
import type { Page } from '../types.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { NewDecisionDrawer } from '../components/decisions/NewDecisionDrawer.tsx'
import { formatMoney, type DecisionSummary } from '../components/decisions/decision-queries.ts'

const STATUS_OPTIONS = [{ value: 'draft', label: 'Dự thảo' }, { value: 'issued', label: 'Đã ban hành' }]

export function DecisionsPage() {
  const me = useCurrentUser()
  const navigate = useNavigate()
  const [drafting, setDrafting] = useState(false)
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['q', 'status', 'year'])
  const { data, isFetching, error } = useQuery({
    queryKey: ['decisions', 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<DecisionSummary>>(`/api/decisions${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  return (
    <>
      <PageHeader title="Quyết định khen thưởng">
        {can(me, 'decision.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrafting(true)} data-testid="decision-add">
            Quyết định mới
          </Button>
        )}
      </PageHeader>
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={12}>
            <SearchBox value={filters.q} onChange={(value) => setFilters({ q: value })} placeholder="Tìm theo trích yếu hoặc số, ký hiệu — gõ không dấu cũng được" data-testid="decision-search" />
          </Col>
          <Col xs={12} md={6}>
            <Select style={{ width: '100%' }} allowClear placeholder="Tất cả trạng thái" options={STATUS_OPTIONS} value={filters.status} onChange={(value?: string) => setFilters({ status: value })} aria-label="Trạng thái" data-testid="decision-status-filter" />
          </Col>
          <Col xs={12} md={6}>
            <InputNumber style={{ width: '100%' }} placeholder="Năm" min={1945} max={2100} value={filters.year ? Number(filters.year) : null} onChange={(value) => setFilters({ year: value ? String(value) : undefined })} aria-label="Năm" data-testid="decision-year-filter" />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Table<DecisionSummary>
          rowKey="id"
          data-testid="decision-table"
          className="clickable-rows"
          loading={isFetching}
          dataSource={data?.items}
          size="middle"
          scroll={{ x: 900 }}
          onRow={(decision) => ({ onClick: () => navigate(`/quyet-dinh/${decision.id}`) })}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (total) => `${total.toLocaleString('vi-VN')} quyết định`, onChange: setPage }}
          locale={{ emptyText: filters.q || filters.status || filters.year ? 'Không có quyết định phù hợp' : 'Chưa có quyết định khen thưởng' }}
          columns={[
            { title: 'Số, ký hiệu', dataIndex: 'numberAndSymbol', width: 140, render: (value: string | null) => value ?? <em>Chưa có số</em> },
            { title: 'Trích yếu', dataIndex: 'title', render: (title: string) => <strong>{title}</strong> },
            { title: 'Cơ quan quyết định', width: 200, render: (_: unknown, d: DecisionSummary) => d.organization.name },
            { title: 'Ngày', dataIndex: 'decisionDate', width: 110, render: formatDate },
            { title: 'Số trường hợp', dataIndex: 'lineCount', width: 110, align: 'right' },
            { title: 'Tổng tiền thưởng', dataIndex: 'total', width: 150, align: 'right', render: formatMoney },
            { title: 'Trạng thái', dataIndex: 'status', width: 120, render: (status: string, d: DecisionSummary) => <Tag color={status === 'issued' ? 'green' : 'default'}>{d.statusLabel}</Tag> },
          ]}
        />
      </Card>
      <NewDecisionDrawer open={drafting} onClose={() => setDrafting(false)} />
    </>
  )
}
