// /ca-nhan — people in the user's scope: accent-insensitive search, filters, server-side paging.
// Filters and the page live in the URL, so a reload or a shared link shows the same list.
import { useState } from 'react'
import { Link } from 'react-router'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Row, Select, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { PERSON_CATEGORIES, SEXES, type PersonCategory } from '../../shared/people.ts'
import { api, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { can } from '../../shared/roles.ts'
import { formatDate } from '../format.ts'
import type { Page, Person } from '../types.ts'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { CATEGORY_OPTIONS, PersonForm } from '../components/PersonForm.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'

export function PeoplePage() {
  const me = useCurrentUser()
  const canEdit = can(me, 'person.write')
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['q', 'organizationId', 'category'])
  const [editing, setEditing] = useState<Person | 'new' | null>(null)


  const { data, isFetching, error } = useQuery({
    queryKey: ['people', 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<Person>>(`/api/people${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  return (
    <>
      <PageHeader title="Cá nhân">
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="person-add">
            Thêm cá nhân
          </Button>
        )}
      </PageHeader>
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} lg={10}>
            <SearchBox
              value={filters.q}
              onChange={(value) => setFilters({ q: value })}
              placeholder="Tìm theo họ tên hoặc số CCCD — gõ không dấu cũng được"
              data-testid="people-search"
            />
          </Col>
          <Col xs={24} sm={14} lg={8}>
            <OrganizationSelect value={filters.organizationId} onChange={(value) => setFilters({ organizationId: value })} allowClear placeholder="Tất cả đơn vị" />
          </Col>
          <Col xs={24} sm={10} lg={6}>
            <Select
              style={{ width: '100%' }}
              allowClear
              placeholder="Tất cả đối tượng"
              options={CATEGORY_OPTIONS}
              value={filters.category}
              onChange={(value?: string) => setFilters({ category: value })}
            />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Table<Person>
          rowKey="id"
          data-testid="people-table"
          className="clickable-rows"
          loading={isFetching}
          dataSource={data?.items}
          size="middle"
          scroll={{ x: 1055 }}
          onRow={(person) => ({ onClick: () => setEditing(person) })}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => (data?.totalCapped ? `Hơn ${total.toLocaleString('vi-VN')} cá nhân — hãy thu hẹp tìm kiếm` : `${total.toLocaleString('vi-VN')} cá nhân`),
            onChange: setPage,
          }}
          locale={{ emptyText: filters.q || filters.organizationId || filters.category ? 'Không có cá nhân phù hợp' : 'Chưa có cá nhân' }}
          columns={[
            {
              title: 'Họ và tên',
              dataIndex: 'fullName',
              fixed: 'start',
              width: 180,
              // The name opens the person's page (history, eligibility); the rest of the row opens the form.
              render: (name: string, person) => (
                <Link to={`/ca-nhan/${person.id}`} onClick={(event) => event.stopPropagation()}>
                  <strong>{name}</strong>
                </Link>
              ),
            },
            { title: 'Ngày sinh', dataIndex: 'birthDate', width: 105, render: formatDate },
            { title: 'Giới tính', dataIndex: 'sex', width: 80, render: (sex: Person['sex']) => SEXES[sex] ?? sex },
            { title: 'Số CCCD', dataIndex: 'cccd', width: 130 },
            { title: 'Chức vụ', dataIndex: 'position', width: 160 },
            { title: 'Đơn vị', dataIndex: 'organizationName', width: 190 },
            { title: 'Đối tượng', dataIndex: 'category', width: 110, render: (category: string) => PERSON_CATEGORIES[category as PersonCategory] ?? category },
            { title: 'LĐ trực tiếp', dataIndex: 'directWorker', width: 100, render: (direct: boolean) => (direct ? <Tag color="green">Có</Tag> : null) },
          ]}
        />
      </Card>
      {editing && (
        <PersonForm person={editing === 'new' ? null : editing} defaultOrganizationId={filters.organizationId} readOnly={!canEdit} onClose={() => setEditing(null)} />
      )}
    </>
  )
}
