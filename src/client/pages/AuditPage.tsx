// /nhat-ky — the audit log: who changed what and when, filterable by kind of record and date,
// with each entry's changes shown field by field.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Card, Col, DatePicker, Row, Select, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { api, toQuery } from '../api.ts'
import { DATE_FORMAT, formatDateTime } from '../format.ts'
import type { AuditEntry, Page } from '../types.ts'
import { AuditDiff } from '../components/AuditDiff.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'

const ENTITY_LABELS: Record<string, string> = {
  organization: 'Tổ chức',
  person: 'Cá nhân',
  household: 'Hộ gia đình',
  account: 'Tài khoản',
  import_batch: 'Lô nhập Excel',
  cluster: 'Cụm, khối thi đua',
}

const ACTION_LABELS: Record<string, { label: string; color: string }> = {
  create: { label: 'Thêm', color: 'green' },
  update: { label: 'Sửa', color: 'blue' },
  import: { label: 'Nhập Excel', color: 'purple' },
  unlock: { label: 'Mở khóa', color: 'orange' },
  change_password: { label: 'Đổi mật khẩu', color: 'gold' },
}

export function AuditPage() {
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['entity', 'from', 'to'])

  const { data, isFetching, error } = useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: () => api.get<Page<AuditEntry>>(`/api/audit${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  return (
    <>
      <PageHeader title="Nhật ký thao tác" />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} sm={10} lg={6}>
            <Select
              style={{ width: '100%' }}
              allowClear
              placeholder="Tất cả loại đối tượng"
              value={filters.entity}
              onChange={(value?: string) => setFilters({ entity: value })}
              options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
              data-testid="audit-entity"
            />
          </Col>
          <Col xs={24} sm={14} lg={9}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              format={DATE_FORMAT}
              placeholder={['Từ ngày', 'Đến ngày']}
              allowEmpty={[true, true]}
              value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
              onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Table<AuditEntry>
          rowKey="id"
          data-testid="audit-table"
          loading={isFetching}
          dataSource={data?.items}
          size="middle"
          scroll={{ x: 1100 }}
          expandable={{ expandedRowRender: (entry) => <AuditDiff before={entry.before} after={entry.after} /> }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `${total.toLocaleString('vi-VN')} mục`,
            onChange: setPage,
          }}
          columns={[
            { title: 'Thời gian', dataIndex: 'at', width: 140, render: formatDateTime },
            { title: 'Người thực hiện', dataIndex: 'actorName', width: 180 },
            {
              title: 'Hành động',
              dataIndex: 'action',
              width: 110,
              render: (action: string) => <Tag color={ACTION_LABELS[action]?.color}>{ACTION_LABELS[action]?.label ?? action}</Tag>,
            },
            { title: 'Đối tượng', dataIndex: 'entity', width: 120, render: (entity: string) => ENTITY_LABELS[entity] ?? entity },
            { title: 'Đơn vị', dataIndex: 'organizationName', width: 170 },
            { title: 'Nội dung', dataIndex: 'summary' },
          ]}
        />
      </Card>
    </>
  )
}
