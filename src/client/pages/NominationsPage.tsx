// /de-nghi — the nominations (đề nghị khen thưởng) of the units in the user's scope: filters in the URL, the
// status, verdict, deciding level, dossier deadline and processing timer of each; drafts and returned ones
// of one unit are chosen and submitted together with one proposal (tờ trình), whose number is shown.
import { useState } from 'react'
import { Link } from 'react-router'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Flex, Popconfirm, Row, Select, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PlusOutlined, SendOutlined } from '@ant-design/icons'
import { COMMENDATION_KINDS, SUBJECT_KINDS } from '../../rules/types.ts'
import { EDITABLE_STATUSES, type NominationStatus } from '../../shared/nomination-lifecycle.ts'
import { can } from '../../shared/roles.ts'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import type { Page } from '../types.ts'
import { CampaignSelect } from '../components/campaigns/CampaignSelect.tsx'
import { VerdictTag } from '../components/eligibility/VerdictTag.tsx'
import { YearSelect } from '../components/eligibility/YearSelect.tsx'
import { NominationForm } from '../components/nominations/NominationForm.tsx'
import { NOMINATIONS_KEY, type NominationSummary, type Submission } from '../components/nominations/nomination-queries.ts'
import { DeadlineTag, DecidingText, NominationStatusTag, TimerTag } from '../components/nominations/NominationTags.tsx'
import { STATUS_OPTIONS, submitBody, submitProblem } from '../components/nominations/nomination-ui.ts'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'

const sameProposal = (a: NominationSummary, b: NominationSummary) =>
  a.nominatingOrganization.id === b.nominatingOrganization.id && (a.campaign?.id ?? null) === (b.campaign?.id ?? null) && a.year === b.year

export function NominationsPage() {
  const me = useCurrentUser()
  const canWrite = can(me, 'nomination.write')
  const queryClient = useQueryClient()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['status', 'campaignId', 'organizationId', 'year', 'q'])
  const [creating, setCreating] = useState(false)
  const [selected, setSelected] = useState<Map<string, NominationSummary>>(new Map())

  const { data, isFetching, error } = useQuery({
    queryKey: [...NOMINATIONS_KEY, 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<NominationSummary>>(`/api/nominations${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  const chosen = [...selected.values()]
  const problem = chosen.length > 0 ? submitProblem(chosen) : null
  const submit = useMutation({
    mutationFn: () => api.post<Submission>('/api/nominations/submit', submitBody(chosen)),
    onSuccess: async () => {
      setSelected(new Map())
      await queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY })
    },
  })
  const submitError = submit.error ? toApiError(submit.error) : null

  const columns: ColumnsType<NominationSummary> = [
    {
      title: 'Đối tượng',
      key: 'subject',
      fixed: 'start',
      width: 210,
      render: (_, n) => (
        <Flex vertical gap={2}>
          <Link to={`/de-nghi/${n.id}`} data-testid="nomination-link">
            <strong>{n.subject.name}</strong>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {SUBJECT_KINDS[n.subject.kind]}
            {n.subject.kind !== 'collective' ? ` — ${n.subject.organizationName}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Danh hiệu, hình thức',
      key: 'target',
      width: 200,
      render: (_, n) => (
        <Flex vertical gap={2}>
          <Tooltip title={n.targetName}>
            <span>{n.targetName}</span>
          </Tooltip>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {COMMENDATION_KINDS[n.kind]}
          </Typography.Text>
          {n.simplified && (
            <span>
              <Tag color="blue">Thủ tục đơn giản</Tag>
            </span>
          )}
        </Flex>
      ),
    },
    { title: 'Đơn vị đề nghị', key: 'unit', width: 180, render: (_, n) => n.nominatingOrganization.name },
    {
      title: 'Kế hoạch / năm',
      key: 'campaign',
      width: 170,
      render: (_, n) =>
        n.campaign ? (
          <Tooltip title={n.campaign.title}>
            <span>
              {n.campaign.numberAndSymbol ?? 'Kế hoạch'} — năm {n.year}
            </span>
          </Tooltip>
        ) : (
          `Năm ${n.year}`
        ),
    },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 150,
      render: (_, n) => (
        <Flex vertical gap={2} align="start">
          <NominationStatusTag status={n.status} />
          {n.batch && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Tờ trình {n.batch.numberAndSymbol}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: 'Điều kiện', key: 'eligible', width: 140, render: (_, n) => <VerdictTag eligible={n.eligible} /> },
    { title: 'Cấp quyết định', key: 'deciding', width: 200, render: (_, n) => <DecidingText deciding={n.deciding} /> },
    { title: 'Hạn nộp hồ sơ', key: 'deadline', width: 160, render: (_, n) => <DeadlineTag deadline={n.deadline} /> },
    { title: 'Thời hạn giải quyết', key: 'timer', width: 170, render: (_, n) => <TimerTag timer={n.timer} /> },
  ]

  const filtered = Object.values(filters).some(Boolean)
  return (
    <>
      <PageHeader title="Đề nghị khen thưởng">
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="nomination-create">
            Đề nghị mới
          </Button>
        )}
      </PageHeader>
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} lg={8}>
            <SearchBox value={filters.q} onChange={(value) => setFilters({ q: value })} placeholder="Tìm theo tên đối tượng — gõ không dấu cũng được" data-testid="nominations-search" />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Select
              style={{ width: '100%' }}
              allowClear
              placeholder="Mọi trạng thái"
              options={STATUS_OPTIONS}
              value={filters.status}
              onChange={(value?: string) => setFilters({ status: value })}
              aria-label="Trạng thái"
              data-testid="nominations-status-filter"
            />
          </Col>
          <Col xs={24} sm={12} lg={3}>
            <YearSelect value={filters.year} onChange={(year) => setFilters({ year })} placeholder="Mọi năm" from={new Date().getFullYear() - 10} aria-label="Năm xét" />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <OrganizationSelect value={filters.organizationId} onChange={(value) => setFilters({ organizationId: value })} allowClear placeholder="Mọi đơn vị đề nghị" />
          </Col>
          <Col xs={24} sm={12} lg={12}>
            <CampaignSelect<string | undefined> value={filters.campaignId} onChange={(value) => setFilters({ campaignId: value })} placeholder="Mọi kế hoạch thi đua" />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        {canWrite && (
          <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
            <Popconfirm
              title={`Trình ${chosen.length} đề nghị kèm một tờ trình?`}
              description="Số tờ trình được lấy từ sổ Tờ trình của đơn vị; kết quả xét điều kiện và thẩm quyền được xét lại khi trình."
              okText="Trình"
              cancelText="Hủy"
              onConfirm={() => submit.mutate()}
              disabled={chosen.length === 0 || problem !== null}
            >
              <Button icon={<SendOutlined />} disabled={chosen.length === 0 || problem !== null} loading={submit.isPending} data-testid="nominations-submit">
                Trình đề nghị ({chosen.length})
              </Button>
            </Popconfirm>
            {chosen.length > 0 && (
              <Button type="link" onClick={() => setSelected(new Map())}>
                Bỏ chọn
              </Button>
            )}
            <Typography.Text type={problem ? 'danger' : 'secondary'} data-testid="nominations-submit-hint">
              {problem ?? (chosen.length === 0 ? 'Chọn các đề nghị dự thảo hoặc bị trả lại của cùng một đơn vị, cùng kế hoạch (hoặc cùng năm) để trình kèm một tờ trình.' : '')}
            </Typography.Text>
          </Flex>
        )}
        {submitError && (
          <Alert
            type={submitError.code === 'CONFLICT' ? 'warning' : 'error'}
            showIcon
            closable={{ onClose: () => submit.reset() }}
            title={submitError.message}
            action={
              submitError.code === 'CONFLICT' ? (
                <Button
                  size="small"
                  onClick={() => {
                    setSelected(new Map())
                    submit.reset()
                    void queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY })
                  }}
                >
                  Tải lại
                </Button>
              ) : undefined
            }
            style={{ marginBottom: 12 }}
            data-testid="nominations-submit-error"
          />
        )}
        {submit.data && (
          <Alert
            type="success"
            showIcon
            closable={{ onClose: () => submit.reset() }}
            title={`Đã trình ${submit.data.nominations.length} đề nghị kèm Tờ trình số ${submit.data.batch.numberAndSymbol}.`}
            style={{ marginBottom: 12 }}
            data-testid="nominations-submit-result"
          />
        )}
        <Table<NominationSummary>
          rowKey="id"
          data-testid="nominations-table"
          loading={isFetching}
          dataSource={data?.items}
          size="middle"
          scroll={{ x: 1620 }}
          columns={columns}
          rowSelection={
            canWrite
              ? {
                  selectedRowKeys: chosen.map((n) => n.id),
                  preserveSelectedRowKeys: true,
                  hideSelectAll: true,
                  getCheckboxProps: (n) => ({
                    disabled: !EDITABLE_STATUSES.includes(n.status as NominationStatus) || (chosen.length > 0 && !sameProposal(chosen[0]!, n)),
                    'aria-label': `Chọn để trình: ${n.subject.name}`,
                  }),
                  onSelect: (n, checked) => {
                    setSelected((current) => {
                      const next = new Map(current)
                      if (checked) next.set(n.id, n)
                      else next.delete(n.id)
                      return next
                    })
                    submit.reset()
                  },
                }
              : undefined
          }
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => (data?.totalCapped ? `Hơn ${total.toLocaleString('vi-VN')} đề nghị — hãy thu hẹp tìm kiếm` : `${total.toLocaleString('vi-VN')} đề nghị`),
            onChange: setPage,
          }}
          locale={{ emptyText: filtered ? 'Không có đề nghị phù hợp' : 'Chưa có đề nghị khen thưởng' }}
        />
      </Card>
      {creating && (
        <NominationForm
          nomination={null}
          defaults={{ nominatingOrganizationId: filters.organizationId ?? me.organizationId, campaignId: filters.campaignId, year: filters.year ? Number(filters.year) : undefined }}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  )
}
