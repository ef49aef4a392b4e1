// /cong-khai-danh-sach/:id — one posting (công khai): period and where it stands, the public link to copy,
// the nominations with their open comments, and the public's comments with the form to resolve each.
import { Link, useParams } from 'react-router'
import { Alert, Badge, Card, Descriptions, Flex, Skeleton, Table, Tabs, Typography } from 'antd'
import { SUBJECT_KINDS, type SubjectKind } from '../../rules/types.ts'
import { formatDate, formatDateTime } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { PostingComments } from '../components/postings/PostingComments.tsx'
import { PostingPhaseTag } from '../components/postings/PostingPhaseTag.tsx'
import { WithdrawPostingButton } from '../components/postings/WithdrawPostingButton.tsx'
import { periodDays } from '../components/postings/posting-periods.ts'
import { usePosting, type PostingItemView } from '../components/postings/posting-queries.ts'

export function PostingPage() {
  const { id = '' } = useParams()
  const { data: posting, error, isPending } = usePosting(id)
  if (error) return <Alert type="error" showIcon title={error.message} />
  if (isPending) return <Skeleton active />

  const publicUrl = posting.publicUrl
  return (
    <>
      <PageHeader title={posting.title}>{!posting.withdrawnAt && <WithdrawPostingButton posting={posting} />}</PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Cơ quan công khai">{posting.organizationName}</Descriptions.Item>
          <Descriptions.Item label="Tình trạng">
            <PostingPhaseTag phase={posting.phase} label={posting.phaseLabel} />
          </Descriptions.Item>
          <Descriptions.Item label="Thời gian công khai">
            {formatDate(posting.startsOn)} – hết ngày {formatDate(posting.endsOn)} ({periodDays(posting.startsOn, posting.endsOn)} ngày)
          </Descriptions.Item>
          <Descriptions.Item label="Góp ý chưa xử lý">
            <Badge count={posting.unresolvedCount} showZero color={posting.unresolvedCount > 0 ? 'red' : 'green'} data-testid="posting-unresolved" />
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              trên {posting.commentCount} góp ý
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="Người lập">
            {posting.createdByName} — {formatDateTime(posting.createdAt)}
          </Descriptions.Item>
          {posting.withdrawnAt ? (
            <Descriptions.Item label="Thu hồi lúc">{formatDateTime(posting.withdrawnAt)}</Descriptions.Item>
          ) : (
            <Descriptions.Item label="Trang công khai">
              <Typography.Text copyable={{ text: publicUrl, tooltips: ['Sao chép đường dẫn', 'Đã sao chép'] }} data-testid="posting-public-link">
                <a href={posting.publicPath} target="_blank" rel="noreferrer">
                  {publicUrl}
                </a>
              </Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
        {posting.unresolvedCount > 0 && (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title="Mọi góp ý phải được xử lý trước khi quyết định khen thưởng các đề nghị trong danh sách." />
        )}
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'items',
              label: `Danh sách (${posting.itemCount})`,
              children: (
                <Table<PostingItemView>
                  rowKey="nominationId"
                  size="small"
                  data-testid="posting-items"
                  dataSource={posting.items}
                  pagination={false}
                  scroll={{ x: 900 }}
                  columns={[
                    { title: 'STT', dataIndex: 'position', width: 60, align: 'right' },
                    {
                      title: 'Đối tượng',
                      key: 'subject',
                      width: 240,
                      render: (_, i) => (
                        <Flex vertical gap={2}>
                          <Link to={`/de-nghi/${i.nominationId}`}>
                            <strong>{i.subjectName}</strong>
                          </Link>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {SUBJECT_KINDS[i.subjectKind as SubjectKind]}
                            {i.description ? ` — ${i.description}` : ''}
                          </Typography.Text>
                        </Flex>
                      ),
                    },
                    { title: 'Danh hiệu, hình thức', dataIndex: 'targetName', width: 200 },
                    { title: 'Trạng thái', dataIndex: 'statusLabel', width: 150 },
                    { title: 'Thành tích', dataIndex: 'achievement', render: (text: string) => <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: 'Xem thêm' }} style={{ margin: 0 }}>{text}</Typography.Paragraph> },
                    { title: 'Góp ý chưa xử lý', key: 'open', width: 130, align: 'right', render: (_, i) => <Badge count={i.unresolvedCount} showZero color={i.unresolvedCount > 0 ? 'red' : 'green'} /> },
                  ]}
                />
              ),
            },
            {
              key: 'comments',
              label: (
                <span data-testid="posting-comments-tab">
                  Góp ý ({posting.commentCount}){posting.unresolvedCount > 0 ? ` — ${posting.unresolvedCount} chưa xử lý` : ''}
                </span>
              ),
              children: <PostingComments posting={posting} />,
            },
          ]}
        />
      </Card>
    </>
  )
}
