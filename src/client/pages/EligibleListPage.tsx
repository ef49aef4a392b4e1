// /xet-dieu-kien — before the review season: who in a unit (and the units under it) can receive a title
// or form, with the counts of eligible, undetermined and not eligible, and for each subject the reason
// (the first criterion not met or not known). Every filter lives in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Alert, Card, Col, Empty, Flex, Grid, List, Row, Select, Table, Typography } from 'antd'
import { SUBJECT_KINDS, type SubjectKind } from '../../rules/types.ts'
import { api, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDate, todayIso } from '../format.ts'
import type { EligibleItem, EligibleList } from '../types.ts'
import { IsoDatePicker } from '../components/campaigns/IsoDatePicker.tsx'
import { ConfidenceTag } from '../components/eligibility/ConfidenceTag.tsx'
import { CriterionResult, FactList } from '../components/eligibility/CriteriaTable.tsx'
import { EligibleCounts } from '../components/eligibility/EligibleCounts.tsx'
import { targetOptions, useTargets } from '../components/eligibility/eligibility-queries.ts'
import { VerdictTag, type Verdict } from '../components/eligibility/VerdictTag.tsx'
import { YearSelect } from '../components/eligibility/YearSelect.tsx'
import { subjectPath } from '../components/history/history-labels.ts'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { labelMatches } from '../components/select-filter.ts'
import { usePagedFilters } from '../components/usePagedFilters.ts'

function Reason({ item }: { item: EligibleItem }) {
  if (item.problems.length > 0) {
    return (
      <Typography.Text type="danger">
        Lịch sử có chỗ mâu thuẫn, cần sửa trước khi xét:
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {item.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </Typography.Text>
    )
  }
  if (!item.reason) return <Typography.Text type="secondary">Đạt mọi tiêu chuẩn</Typography.Text>
  const { reason } = item
  return (
    <Flex vertical gap={4}>
      <Flex gap={6} align="start">
        <CriterionResult passed={reason.passed} />
        <Typography.Text>{reason.criterion}</Typography.Text>
      </Flex>
      <FactList facts={reason.facts} />
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {reason.citation}
        </Typography.Text>
        <ConfidenceTag confidence={reason.confidence} citation={reason.citation} />
      </Flex>
    </Flex>
  )
}

export function EligibleListPage() {
  const me = useCurrentUser()
  const screens = Grid.useBreakpoint()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['organizationId', 'target', 'subjectKind', 'date', 'year', 'verdict'])
  const date = filters.date ?? todayIso()
  const organizationId = filters.organizationId ?? me.organizationId
  const targets = useTargets(undefined, date)
  const target = targets.data?.items.find((t) => t.code === filters.target)
  const verdict = filters.verdict as Verdict | undefined

  const { data, isFetching, error } = useQuery({
    queryKey: ['eligible', organizationId, filters.target, filters.subjectKind, date, filters.year, verdict, page, pageSize],
    queryFn: () =>
      api.get<EligibleList>(`/api/eligible${toQuery({ organizationId, target: filters.target, subjectKind: filters.subjectKind, date, year: filters.year, verdict, page, pageSize })}`),
    enabled: Boolean(filters.target),
    placeholderData: keepPreviousData,
  })
  const shown = filters.target ? data : undefined
  const several = (target?.subjects.length ?? 0) > 1
  const linkQuery = shown ? toQuery({ target: shown.target, date: shown.date, year: shown.year }) : ''
  const pagination = {
    current: page,
    pageSize,
    total: shown?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total: number) => `${total.toLocaleString('vi-VN')} đối tượng`,
    onChange: setPage,
  }
  const emptyText = verdict ? 'Không có đối tượng nào có kết quả này' : 'Không có đối tượng nào để xét trong đơn vị'

  /** The subject's page, opened on the same question. */
  const subjectLink = (item: EligibleItem) => (
    <>
      <Link to={`${subjectPath(item.subjectKind, item.subjectId)}${linkQuery}`}>
        <strong>{item.name}</strong>
      </Link>
      {several && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {SUBJECT_KINDS[item.subjectKind]}
        </Typography.Text>
      )}
    </>
  )

  return (
    <>
      <PageHeader title="Danh sách đủ điều kiện" />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} lg={7}>
            <OrganizationSelect value={organizationId} onChange={(value) => setFilters({ organizationId: value })} data-testid="eligible-organization" />
          </Col>
          <Col xs={24} lg={several ? 7 : 10}>
            <Select
              style={{ width: '100%' }}
              showSearch={{ filterOption: labelMatches }}
              placeholder="Chọn danh hiệu, hình thức"
              loading={targets.isPending}
              value={filters.target}
              onChange={(value?: string) => setFilters({ target: value, subjectKind: undefined })}
              options={targetOptions(targets.data?.items ?? [], { withSubjects: true, disableUnavailable: true })}
              popupMatchSelectWidth={false}
              aria-label="Danh hiệu, hình thức"
              data-testid="eligible-target"
            />
          </Col>
          {several && target && (
            <Col xs={24} sm={8} lg={3}>
              <Select
                style={{ width: '100%' }}
                allowClear
                placeholder="Mọi đối tượng"
                value={filters.subjectKind}
                onChange={(value?: string) => setFilters({ subjectKind: value })}
                options={target.subjects.map((kind: SubjectKind) => ({ value: kind, label: SUBJECT_KINDS[kind] }))}
                aria-label="Loại đối tượng"
              />
            </Col>
          )}
          <Col xs={12} sm={several ? 8 : 12} lg={4}>
            <IsoDatePicker value={date} onChange={(value) => setFilters({ date: value ?? undefined })} placeholder="Ngày xét" />
          </Col>
          <Col xs={12} sm={several ? 8 : 12} lg={3}>
            <YearSelect value={filters.year} onChange={(year) => setFilters({ year })} placeholder="Năm thành tích" from={new Date().getFullYear() - 10} />
          </Col>
        </Row>
        {targets.error && <Alert type="error" showIcon title={targets.error.message} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} data-testid="eligible-error" />}
        {!filters.target ? (
          <Empty description="Chọn danh hiệu, hình thức để xem ai trong đơn vị đủ điều kiện" />
        ) : (
          <>
            {shown && (
              <>
                <Typography.Paragraph type="secondary" data-testid="eligible-question">
                  {shown.targetName} năm {shown.year} — ngày xét {formatDate(shown.date)}, áp dụng {shown.ruleSet.name}
                  {shown.province ? ` và quy định của ${shown.province}` : ''}. {shown.counts.total.toLocaleString('vi-VN')} đối tượng được xét.
                </Typography.Paragraph>
                <EligibleCounts counts={shown.counts} verdict={verdict} onVerdict={(next) => setFilters({ verdict: next })} />
              </>
            )}
            {(screens.md ?? true) ? (
              <Table<EligibleItem>
                rowKey="subjectId"
                data-testid="eligible-table"
                loading={isFetching}
                dataSource={shown?.items}
                size="middle"
                scroll={{ x: 960 }}
                pagination={pagination}
                locale={{ emptyText }}
                columns={[
                  { title: 'Đối tượng', key: 'name', fixed: 'start', width: 200, render: (_: unknown, item) => subjectLink(item) },
                  { title: 'Đơn vị', dataIndex: 'organizationName', width: 200 },
                  { title: 'Kết quả', dataIndex: 'eligible', width: 150, render: (eligible: boolean | null) => <VerdictTag eligible={eligible} /> },
                  { title: 'Lý do', key: 'reason', width: 420, render: (_: unknown, item) => <Reason item={item} /> },
                ]}
              />
            ) : (
              <List<EligibleItem>
                data-testid="eligible-table"
                loading={isFetching}
                dataSource={shown?.items}
                pagination={{ ...pagination, align: 'center', size: 'small' }}
                locale={{ emptyText }}
                renderItem={(item) => (
                  <List.Item>
                    <Flex vertical gap={6} style={{ width: '100%' }}>
                      <Flex justify="space-between" align="start" gap={8}>
                        <div style={{ minWidth: 0 }}>
                          {subjectLink(item)}
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                            {item.organizationName}
                          </Typography.Text>
                        </div>
                        <VerdictTag eligible={item.eligible} />
                      </Flex>
                      {(item.reason || item.problems.length > 0) && <Reason item={item} />}
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </>
        )}
      </Card>
    </>
  )
}
