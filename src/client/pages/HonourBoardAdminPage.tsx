// /bang-vinh-danh — the officer's honour board: the exemplars kept in the caller's scope (drafts, published,
// withdrawn) filtered by status, kind, year and a name typed without diacritics; "Gương mới", "Sửa" (content and
// photo), "Công bố" and "Gỡ" with the reason; a published one links to its public page.
import { useState } from 'react'
import { Link } from 'react-router'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Col, Flex, Input, Row, Select, Table, Tag, Typography } from 'antd'
import { EyeOutlined, PlusOutlined } from '@ant-design/icons'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDateTime } from '../format.ts'
import type { Page } from '../types.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { YearSelect } from '../components/eligibility/YearSelect.tsx'
import { ExemplarForm } from '../components/honours/ExemplarForm.tsx'
import { WithdrawExemplarButton } from '../components/honours/WithdrawExemplarButton.tsx'
import { exemplarKey, HONOURS_KEY, KIND_COLORS, KIND_LABELS, options, STATUS_COLORS, STATUS_LABELS, type ExemplarDetail, type ExemplarSummary } from '../components/honours/honour-ui.ts'

export function HonourBoardAdminPage() {
  const me = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['status', 'kind', 'year', 'q'])
  const [typed, setTyped] = useState(filters.q ?? '')
  // null: closed; 'new': a new one; otherwise the exemplar being edited.
  const [editing, setEditing] = useState<'new' | ExemplarDetail | null>(null)

  const list = useQuery({
    queryKey: [...HONOURS_KEY, 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<ExemplarSummary>>(`/api/honours${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })
  const changed = async (updated: ExemplarDetail, text: string) => {
    queryClient.setQueryData(exemplarKey(updated.id), updated)
    await queryClient.invalidateQueries({ queryKey: [...HONOURS_KEY, 'list'] })
    message.success(text)
  }
  const open = useMutation({
    mutationFn: (id: string) => api.get<ExemplarDetail>(`/api/honours/${id}`),
    onSuccess: setEditing,
  })
  const publish = useMutation({
    mutationFn: (e: ExemplarSummary) => api.post<ExemplarDetail>(`/api/honours/${e.id}/publish`, { version: e.version }),
    onSuccess: (updated) => changed(updated, 'Đã công bố lên bảng vinh danh'),
  })
  const problem = list.error ?? open.error ?? publish.error

  return (
    <>
      <PageHeader title="Bảng vinh danh">
        <Link to="/vinh-danh" target="_blank"><Button icon={<EyeOutlined />}>Xem trang công khai</Button></Link>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="exemplar-new">Gương mới</Button>
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}>
            <Input.Search allowClear value={typed} onChange={(e) => setTyped(e.target.value)} onSearch={(q) => setFilters({ q: q.trim() || undefined })} placeholder="Tìm theo tên, tiêu đề (không cần dấu)" />
          </Col>
          <Col xs={12} md={6}>
            <Select allowClear value={filters.kind} onChange={(kind?: string) => setFilters({ kind })} placeholder="Loại gương" options={options(KIND_LABELS)} style={{ width: '100%' }} aria-label="Loại gương" />
          </Col>
          <Col xs={12} md={5}>
            <Select allowClear value={filters.status} onChange={(status?: string) => setFilters({ status })} placeholder="Trạng thái" options={options(STATUS_LABELS)} style={{ width: '100%' }} aria-label="Trạng thái" />
          </Col>
          <Col xs={12} md={5}><YearSelect value={filters.year} onChange={(year) => setFilters({ year })} placeholder="Năm" from={2015} /></Col>
        </Row>
      </Card>
      {problem && <Alert type="error" showIcon title={toApiError(problem).message} style={{ marginBottom: 16 }} data-testid="honours-admin-problem" />}
      <Card>
        <Table<ExemplarSummary>
          rowKey="id"
          data-testid="exemplars-table"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            {
              title: 'Gương', key: 'title',
              render: (_, e) => (
                <>
                  <Typography.Link strong onClick={() => open.mutate(e.id)} data-testid="exemplar-open">{e.title}</Typography.Link>
                  <div><Typography.Text type="secondary">{e.subjectName}{e.unitName ? ` — ${e.unitName}` : ''}</Typography.Text></div>
                </>
              ),
            },
            { title: 'Loại', key: 'kind', width: 170, render: (_, e) => <Tag color={KIND_COLORS[e.kind]}>{e.kindLabel}</Tag> },
            { title: 'Năm', dataIndex: 'year', width: 70 },
            { title: 'Đơn vị đăng', dataIndex: 'organizationName', width: 170 },
            {
              title: 'Trạng thái', key: 'status', width: 190,
              render: (_, e) => (
                <>
                  <Tag color={STATUS_COLORS[e.status]} data-testid="exemplar-status">{e.statusLabel}</Tag>
                  {e.status === 'withdrawn' && <div><Typography.Text type="secondary">Lý do: {e.withdrawnReason}</Typography.Text></div>}
                  {e.status === 'published' && <div><Typography.Text type="secondary">{formatDateTime(e.publishedAt)}</Typography.Text></div>}
                </>
              ),
            },
            {
              title: '', key: 'actions', width: 170,
              render: (_, e) => (
                <Flex gap={6} wrap>
                  {e.status === 'published' ? (
                    <>
                      <Link to={`/vinh-danh/${e.id}`} target="_blank" data-testid="exemplar-public-link">Xem</Link>
                      <WithdrawExemplarButton exemplar={e} onDone={(updated) => void changed(updated, 'Đã gỡ khỏi bảng vinh danh')} />
                    </>
                  ) : (
                    <Button size="small" type="primary" loading={publish.isPending && publish.variables?.id === e.id} onClick={() => publish.mutate(e)} data-testid="exemplar-publish">
                      Công bố
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {editing && <ExemplarForm exemplar={editing === 'new' ? null : editing} defaultOrganizationId={me.organizationId} onClose={() => setEditing(null)} />}
    </>
  )
}
