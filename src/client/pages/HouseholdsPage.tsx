// /ho-gia-dinh — households in the user's scope, searchable by the head's name.
import { useState } from 'react'
import { Link } from 'react-router'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Row, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { api, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { can } from '../../shared/roles.ts'
import type { Household, Page } from '../types.ts'
import { HouseholdForm } from '../components/HouseholdForm.tsx'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'

export function HouseholdsPage() {
  const me = useCurrentUser()
  const canEdit = can(me, 'household.write')
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['q', 'organizationId'])
  const [editing, setEditing] = useState<Household | 'new' | null>(null)

  const { data, isFetching, error } = useQuery({
    queryKey: ['households', 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<Household>>(`/api/households${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  return (
    <>
      <PageHeader title="Hộ gia đình">
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="household-add">
            Thêm hộ gia đình
          </Button>
        )}
      </PageHeader>
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={12}>
            <SearchBox value={filters.q} onChange={(value) => setFilters({ q: value })} placeholder="Tìm theo tên chủ hộ — gõ không dấu cũng được" data-testid="households-search" />
          </Col>
          <Col xs={24} md={12}>
            <OrganizationSelect value={filters.organizationId} onChange={(value) => setFilters({ organizationId: value })} allowClear placeholder="Tất cả đơn vị" />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Table<Household>
          rowKey="id"
          data-testid="households-table"
          className="clickable-rows"
          loading={isFetching}
          dataSource={data?.items}
          size="middle"
          scroll={{ x: 720 }}
          onRow={(household) => ({ onClick: () => setEditing(household) })}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `${total.toLocaleString('vi-VN')} hộ`,
            onChange: setPage,
          }}
          locale={{ emptyText: filters.q || filters.organizationId ? 'Không có hộ phù hợp' : 'Chưa có hộ gia đình' }}
          columns={[
            {
              title: 'Chủ hộ',
              dataIndex: 'headName',
              fixed: 'start',
              width: 200,
              // The name opens the household's history page; the rest of the row opens the form.
              render: (name: string, household) => (
                <Link to={`/ho-gia-dinh/${household.id}/lich-su`} onClick={(event) => event.stopPropagation()}>
                  <strong>{name}</strong>
                </Link>
              ),
            },
            { title: 'Địa chỉ', dataIndex: 'address', width: 260 },
            { title: 'Thôn/xóm', dataIndex: 'organizationName', width: 200 },
            { title: 'Số thành viên', dataIndex: 'memberCount', width: 120, align: 'end' },
          ]}
        />
      </Card>
      {editing && <HouseholdForm household={editing === 'new' ? null : editing} readOnly={!canEdit} onClose={() => setEditing(null)} />}
    </>
  )
}
