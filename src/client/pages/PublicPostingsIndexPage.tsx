// /cong-khai — the lists posted for public comment now, and those that ended in the last 30 days, for everyone
// without an account; each opens its page /cong-khai/:id (the list, and the comment form while it is open).
import { Link } from 'react-router'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Card, Empty, Flex, List, Pagination, Skeleton, Typography } from 'antd'
import { toQuery } from '../api.ts'
import { formatDate } from '../format.ts'
import { publicRequest } from '../components/postings/public-api.ts'
import { PostingPhaseTag } from '../components/postings/PostingPhaseTag.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { PublicLayout } from '../components/honours/PublicLayout.tsx'
import type { PublicPostingEntry } from '../components/honours/honour-ui.ts'
import type { Page } from '../types.ts'

const PAGE_SIZE = 20

export function PublicPostingsIndexPage() {
  const { page, setPage } = usePagedFilters([])
  const list = useQuery({
    queryKey: ['public-postings', page],
    queryFn: () => publicRequest<Page<PublicPostingEntry>>('GET', `/api/public/postings${toQuery({ page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  })
  return (
    <PublicLayout>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>Danh sách công khai lấy ý kiến</Typography.Title>
        <Typography.Paragraph type="secondary">
          Trước khi quyết định khen thưởng, danh sách đề nghị được công khai để nhân dân góp ý (Luật Thi đua, khen thưởng 2022, Điều 84). Dưới đây là các danh sách đang công khai và vừa kết thúc trong 30 ngày qua.
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon title={list.error.message} />}
        {list.isPending ? (
          <Skeleton active />
        ) : (
          <List
            dataSource={list.data?.items ?? []}
            data-testid="public-postings"
            locale={{ emptyText: <Empty description="Hiện không có danh sách nào đang công khai." /> }}
            renderItem={(p) => (
              <List.Item key={p.id} style={{ display: 'block' }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Link to={p.publicPath} data-testid="public-posting-link"><Typography.Text strong>{p.title}</Typography.Text></Link>
                  <PostingPhaseTag phase={p.phase} label={p.phaseLabel} />
                </Flex>
                <Typography.Text type="secondary">
                  {p.organizationName} · từ ngày {formatDate(p.startsOn)} đến hết ngày {formatDate(p.endsOn)} · {p.itemCount} đề nghị
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
        {list.data && list.data.total > PAGE_SIZE && (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination current={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={(next) => setPage(next, PAGE_SIZE)} showSizeChanger={false} />
          </Flex>
        )}
      </Card>
    </PublicLayout>
  )
}
