// /cong-khai-danh-sach — the postings (công khai danh sách) of the organizations in the user's scope: period,
// where each stands, its nominations and the public's comments still to resolve; "Công khai danh sách mới".
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Badge, Button, Card, Flex, Switch, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { api, toQuery } from '../api.ts'
import { formatDate } from '../format.ts'
import type { Page } from '../types.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { PostingForm } from '../components/postings/PostingForm.tsx'
import { PostingPhaseTag } from '../components/postings/PostingPhaseTag.tsx'
import { POSTINGS_KEY, type PostingSummary } from '../components/postings/posting-queries.ts'

export function PostingsPage() {
  const navigate = useNavigate()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['withdrawn'])
  const [creating, setCreating] = useState(false)
  const { data, isFetching, error } = useQuery({
    queryKey: [...POSTINGS_KEY, 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<PostingSummary>>(`/api/postings${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  return (
    <>
      <PageHeader title="Công khai danh sách">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="posting-create">
          Công khai danh sách mới
        </Button>
      </PageHeader>
      <Card>
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Switch checked={filters.withdrawn === 'true'} onChange={(on) => setFilters({ withdrawn: on ? 'true' : undefined })} data-testid="postings-withdrawn" />
          <Typography.Text>Hiện cả danh sách đã thu hồi</Typography.Text>
        </Flex>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Table<PostingSummary>
          rowKey="id"
          data-testid="postings-table"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: 'Chưa có danh sách công khai nào.' }}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, onChange: setPage, showTotal: (total) => `${total} danh sách` }}
          columns={[
            {
              title: 'Danh sách',
              key: 'title',
              render: (_, p) => (
                <Flex vertical gap={2}>
                  <Link to={`/cong-khai-danh-sach/${p.id}`} data-testid="posting-link">
                    <strong>{p.title}</strong>
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.organizationName}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: 'Thời gian công khai', key: 'period', width: 200, render: (_, p) => `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}` },
            { title: 'Tình trạng', key: 'phase', width: 190, render: (_, p) => <PostingPhaseTag phase={p.phase} label={p.phaseLabel} /> },
            { title: 'Số đề nghị', dataIndex: 'itemCount', width: 110, align: 'right' },
            { title: 'Góp ý', dataIndex: 'commentCount', width: 90, align: 'right' },
            {
              title: 'Chưa xử lý',
              key: 'unresolved',
              width: 110,
              align: 'right',
              render: (_, p) => <Badge count={p.unresolvedCount} showZero color={p.unresolvedCount > 0 ? 'red' : 'green'} data-testid="posting-unresolved" />,
            },
          ]}
        />
      </Card>
      {creating && <PostingForm onClose={() => setCreating(false)} onCreated={(posting) => void navigate(`/cong-khai-danh-sach/${posting.id}`)} />}
    </>
  )
}
