// /so-khen-thuong — the award registry: what who received, when, by which decision, across the government,
// Party and mass-organisation tracks (search by name without accents or by decision number), and the rows
// that look like one achievement commended twice. Filters, page and tab live in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Alert, Card, Col, Row, Select, Spin, Table, Tabs, Typography } from 'antd'
import { SUBJECT_KINDS, TRACKS } from '../../rules/types.ts'
import { api, toQuery } from '../api.ts'
import type { AwardRecord, DuplicateGroup, Page } from '../types.ts'
import { targetOptions, useTargets } from '../components/eligibility/eligibility-queries.ts'
import { YearSelect } from '../components/eligibility/YearSelect.tsx'
import { subjectPath } from '../components/history/history-labels.ts'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { AWARD_COLUMNS } from '../components/registry/award-columns.tsx'
import { DuplicateGroups } from '../components/registry/DuplicateGroups.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { labelMatches } from '../components/select-filter.ts'
import { usePagedFilters } from '../components/usePagedFilters.ts'

const FILTERS = ['tab', 'q', 'organizationId', 'code', 'track', 'subjectKind', 'yearFrom', 'yearTo', 'year'] as const
const OLDEST_YEAR = 1980
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))

export function RegistryPage() {
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(FILTERS)
  const tab = filters.tab === 'trung-lap' ? 'trung-lap' : 'tra-cuu'
  const targets = useTargets()
  const { tab: _tab, year: _year, ...search } = filters

  const registry = useQuery({
    queryKey: ['registry', 'search', search, page, pageSize],
    queryFn: () => api.get<Page<AwardRecord>>(`/api/registry${toQuery({ ...search, page, pageSize })}`),
    placeholderData: keepPreviousData,
    enabled: tab === 'tra-cuu',
  })
  const duplicates = useQuery({
    queryKey: ['registry', 'duplicates', filters.organizationId ?? null, filters.year ?? null],
    queryFn: () => api.get<{ groups: DuplicateGroup<AwardRecord>[] }>(`/api/registry/duplicates${toQuery({ organizationId: filters.organizationId, year: filters.year })}`),
    enabled: tab === 'trung-lap',
  })
  const filtered = Object.values(search).some(Boolean)

  const searchTab = (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={9}>
          <SearchBox value={filters.q} onChange={(q) => setFilters({ q })} placeholder="Tìm theo họ tên, tên tập thể hoặc số quyết định — gõ không dấu cũng được" data-testid="registry-search" />
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <OrganizationSelect value={filters.organizationId} onChange={(organizationId) => setFilters({ organizationId })} allowClear placeholder="Tất cả đơn vị" />
        </Col>
        <Col xs={24} sm={12} lg={7}>
          <Select
            style={{ width: '100%' }}
            allowClear
            showSearch={{ filterOption: labelMatches }}
            placeholder="Mọi danh hiệu, hình thức"
            value={filters.code}
            onChange={(code?: string) => setFilters({ code })}
            options={targetOptions(targets.data?.items ?? [], { withSubjects: true })}
            popupMatchSelectWidth={false}
            aria-label="Danh hiệu, hình thức"
          />
        </Col>
        <Col xs={12} sm={6} lg={5}>
          <Select style={{ width: '100%' }} allowClear placeholder="Mọi khối" value={filters.track} onChange={(track?: string) => setFilters({ track })} options={options(TRACKS)} aria-label="Khối" />
        </Col>
        <Col xs={12} sm={6} lg={5}>
          <Select
            style={{ width: '100%' }}
            allowClear
            placeholder="Mọi đối tượng"
            value={filters.subjectKind}
            onChange={(subjectKind?: string) => setFilters({ subjectKind })}
            options={options(SUBJECT_KINDS)}
            aria-label="Loại đối tượng"
          />
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <YearSelect value={filters.yearFrom} onChange={(yearFrom) => setFilters({ yearFrom })} placeholder="Từ năm" from={OLDEST_YEAR} />
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <YearSelect value={filters.yearTo} onChange={(yearTo) => setFilters({ yearTo })} placeholder="Đến năm" from={OLDEST_YEAR} />
        </Col>
      </Row>
      {registry.error && <Alert type="error" showIcon title={registry.error.message} style={{ marginBottom: 16 }} />}
      <Table<AwardRecord>
        rowKey="id"
        data-testid="registry-table"
        loading={registry.isFetching}
        dataSource={registry.data?.items}
        size="middle"
        scroll={{ x: 1150 }}
        pagination={{
          current: page,
          pageSize,
          total: registry.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => (registry.data?.totalCapped ? `Hơn ${total.toLocaleString('vi-VN')} bản ghi — hãy thu hẹp tìm kiếm` : `${total.toLocaleString('vi-VN')} bản ghi`),
          onChange: setPage,
        }}
        locale={{ emptyText: filtered ? 'Không có bản ghi phù hợp' : 'Sổ khen thưởng chưa có bản ghi' }}
        columns={[
          {
            title: 'Đối tượng',
            key: 'subject',
            fixed: 'start',
            width: 190,
            render: (_: unknown, award) => (
              <>
                <Link to={subjectPath(award.subjectKind, award.subjectId)}>
                  <strong>{award.subjectName}</strong>
                </Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {award.subjectKind === 'collective' ? SUBJECT_KINDS.collective : `${SUBJECT_KINDS[award.subjectKind]} · ${award.organizationName}`}
                </Typography.Text>
              </>
            ),
          },
          ...AWARD_COLUMNS,
        ]}
      />
    </>
  )

  const duplicatesTab = (
    <>
      <Typography.Paragraph type="secondary">
        Một thành tích chỉ được khen một lần (Luật TĐKT 2022, Điều 5, khoản 2). Các nhóm dưới đây là cùng một đối tượng (cùng bản ghi, cùng số CCCD, hoặc cùng họ
        tên và ngày sinh) được ghi hai danh hiệu, hình thức cho cùng thành tích — thường giữa khối chính quyền, Đảng và đoàn thể. Đây là cảnh báo để rà soát.
      </Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={14} lg={9}>
          <OrganizationSelect value={filters.organizationId} onChange={(organizationId) => setFilters({ organizationId })} allowClear placeholder="Tất cả đơn vị" />
        </Col>
        <Col xs={24} sm={10} lg={5}>
          <YearSelect value={filters.year} onChange={(year) => setFilters({ year })} placeholder="Mọi năm thành tích" from={OLDEST_YEAR} />
        </Col>
      </Row>
      {duplicates.error && <Alert type="error" showIcon title={duplicates.error.message} style={{ marginBottom: 16 }} />}
      {duplicates.isPending ? <Spin /> : duplicates.data && <DuplicateGroups groups={duplicates.data.groups} />}
    </>
  )

  return (
    <>
      <PageHeader title="Sổ khen thưởng" />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setFilters({ tab: key === 'trung-lap' ? key : undefined })}
          items={[
            { key: 'tra-cuu', label: 'Tra cứu', children: searchTab },
            { key: 'trung-lap', label: duplicates.data ? `Trùng lặp (${duplicates.data.groups.length})` : 'Trùng lặp', children: duplicatesTab },
          ]}
        />
      </Card>
    </>
  )
}
