// /cong-khai/:id — the posted list (công khai) for everyone, outside the application and without an account:
// the organization and title, the period, the list (a table on wide screens, cards on phones) and, while the
// posting is open, the comment form.
import { useParams } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { Alert, Card, Flex, Grid, List, Result, Skeleton, Table, Typography } from 'antd'
import { formatDate } from '../format.ts'
import { PostingPhaseTag } from '../components/postings/PostingPhaseTag.tsx'
import { PublicCommentForm } from '../components/postings/PublicCommentForm.tsx'
import { publicRequest } from '../components/postings/public-api.ts'
import type { PublicPosting } from '../components/postings/posting-queries.ts'

type Item = PublicPosting['items'][number]

function PostedList({ items }: { items: Item[] }) {
  const screens = Grid.useBreakpoint()
  if (!screens.md) {
    return (
      <List
        dataSource={items}
        data-testid="public-posting-items"
        renderItem={(i) => (
          <List.Item key={i.nominationId} style={{ display: 'block' }}>
            <Typography.Text strong>
              {i.position}. {i.name}
            </Typography.Text>
            {i.description && <div><Typography.Text type="secondary">{i.description}</Typography.Text></div>}
            <div>Đề nghị: {i.targetName}</div>
            <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: 'Xem thêm' }} style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }}>
              {i.achievement}
            </Typography.Paragraph>
          </List.Item>
        )}
      />
    )
  }
  return (
    <Table<Item>
      rowKey="nominationId"
      size="small"
      pagination={false}
      dataSource={items}
      data-testid="public-posting-items"
      columns={[
        { title: 'STT', dataIndex: 'position', width: 60, align: 'right' },
        { title: 'Họ và tên / Tên tập thể', dataIndex: 'name', width: 220, render: (name: string) => <strong>{name}</strong> },
        { title: 'Chức vụ, đơn vị / Địa chỉ', dataIndex: 'description', width: 240 },
        { title: 'Danh hiệu, hình thức đề nghị', dataIndex: 'targetName', width: 200 },
        { title: 'Thành tích', dataIndex: 'achievement', render: (text: string) => <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: 'Xem thêm' }} style={{ margin: 0, whiteSpace: 'pre-line' }}>{text}</Typography.Paragraph> },
      ]}
    />
  )
}

export function PublicPostingPage() {
  const { id = '' } = useParams()
  const { data: posting, error, isPending } = useQuery({
    queryKey: ['public-posting', id],
    queryFn: () => publicRequest<PublicPosting>('GET', `/api/public/postings/${id}`),
  })

  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5', padding: '16px 12px' }}>
      <Flex vertical gap={16} style={{ maxWidth: 1100, margin: '0 auto' }}>
        {error ? (
          <Card>
            <Result status="404" title="Không xem được danh sách" subTitle={error.message} data-testid="public-posting-error" />
          </Card>
        ) : isPending ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : (
          <>
            <Card>
              <Typography.Text type="secondary" style={{ textTransform: 'uppercase', letterSpacing: 0.5 }} data-testid="public-posting-organization">
                {posting.organizationName}
              </Typography.Text>
              <Typography.Title level={3} style={{ marginTop: 4 }} data-testid="public-posting-title">
                {posting.title}
              </Typography.Title>
              <Flex gap={8} wrap align="center">
                <Typography.Text data-testid="public-posting-period">
                  Công khai từ ngày {formatDate(posting.startsOn)} đến hết ngày {formatDate(posting.endsOn)}
                </Typography.Text>
                <PostingPhaseTag phase={posting.phase} label={posting.phaseLabel} />
              </Flex>
            </Card>
            <Card title={`Danh sách đề nghị khen thưởng (${posting.items.length})`} styles={{ body: { padding: 12 } }}>
              <PostedList items={posting.items} />
            </Card>
            <Card title="Góp ý">
              {posting.commentsOpen ? (
                <PublicCommentForm posting={posting} />
              ) : (
                <Alert
                  type="info"
                  showIcon
                  data-testid="public-comments-closed"
                  title={
                    posting.phase === 'upcoming'
                      ? `Danh sách nhận góp ý từ ngày ${formatDate(posting.startsOn)} đến hết ngày ${formatDate(posting.endsOn)}.`
                      : `Đã hết thời gian nhận góp ý (đến hết ngày ${formatDate(posting.endsOn)}).`
                  }
                />
              )}
            </Card>
          </>
        )}
      </Flex>
    </div>
  )
}
