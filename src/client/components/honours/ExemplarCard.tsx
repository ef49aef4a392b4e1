// One card of the public honour board: the photo (or the kind's mark), the name, the unit, the kind and year,
// the summary; the whole card opens the story.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Card, Flex, Tag, Typography } from 'antd'
import { BulbOutlined, HeartOutlined, StarOutlined, TrophyOutlined } from '@ant-design/icons'
import { KIND_COLORS, type ExemplarKind, type PublicExemplarCard } from './honour-ui.ts'

const KIND_ICONS: Record<ExemplarKind, ReactNode> = { good_deed: <HeartOutlined />, advanced: <TrophyOutlined />, model: <StarOutlined />, initiative: <BulbOutlined /> }

export function ExemplarPhoto({ exemplar, height }: { exemplar: Pick<PublicExemplarCard, 'photoUrl' | 'name' | 'kind'>; height: number }) {
  if (exemplar.photoUrl) return <img src={exemplar.photoUrl} alt={exemplar.name} style={{ width: '100%', height, objectFit: 'cover', display: 'block' }} />
  // Wrapped: a card's cover makes its direct child a block, which would undo the centring.
  return (
    <div aria-hidden>
      <Flex align="center" justify="center" style={{ height, background: '#fff1f0', color: '#cf1322', fontSize: height / 3 }}>
        {KIND_ICONS[exemplar.kind]}
      </Flex>
    </div>
  )
}

export function ExemplarCard({ exemplar }: { exemplar: PublicExemplarCard }) {
  return (
    <Link to={`/vinh-danh/${exemplar.id}`} data-testid="exemplar-card">
      <Card hoverable cover={<ExemplarPhoto exemplar={exemplar} height={170} />} style={{ height: '100%' }} styles={{ body: { padding: 14 } }}>
        <Flex gap={4} wrap style={{ marginBottom: 6 }}>
          <Tag color={KIND_COLORS[exemplar.kind]}>{exemplar.kindLabel}</Tag>
          <Tag>{exemplar.year}</Tag>
        </Flex>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="exemplar-card-name">
          {exemplar.name}
        </Typography.Title>
        <Typography.Text type="secondary">{exemplar.unitName ?? exemplar.organizationName}</Typography.Text>
        <Typography.Paragraph strong style={{ margin: '8px 0 4px' }}>
          {exemplar.title}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0 }}>
          {exemplar.summary}
        </Typography.Paragraph>
      </Card>
    </Link>
  )
}
