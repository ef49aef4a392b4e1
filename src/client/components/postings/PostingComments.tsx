// The public's comments (góp ý) on a posting, unresolved first, each with its resolution or the form to record it.
import { Card, Empty, Flex, Tag, Typography } from 'antd'
import { formatDateTime } from '../../format.ts'
import { CommentResolveForm } from './CommentResolveForm.tsx'
import type { PostingDetail } from './posting-queries.ts'

export function PostingComments({ posting }: { posting: PostingDetail }) {
  if (posting.comments.length === 0) return <Empty description="Chưa có góp ý nào." />
  return (
    <Flex vertical gap={12} data-testid="posting-comments">
      {posting.comments.map((c) => (
        <Card key={c.id} size="small" data-testid="posting-comment">
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text strong>
              {c.authorName}
              {c.authorContact ? ` — ${c.authorContact}` : ''}
            </Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(c.createdAt)}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary">{c.nominationName ? `Về: ${c.nominationName}` : 'Về cả danh sách'}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: '8px 0' }}>{c.content}</Typography.Paragraph>
          {c.resolvedAt ? (
            <Flex vertical gap={4}>
              <span>
                <Tag color="success">Đã xử lý</Tag>
                <Typography.Text type="secondary">
                  {c.resolvedByName} — {formatDateTime(c.resolvedAt)}
                </Typography.Text>
              </span>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{c.resolution}</Typography.Paragraph>
            </Flex>
          ) : (
            <>
              <Tag color="error" style={{ marginBottom: 8 }}>
                Chưa xử lý
              </Tag>
              <CommentResolveForm postingId={posting.id} commentId={c.id} />
            </>
          )}
        </Card>
      ))}
    </Flex>
  )
}
