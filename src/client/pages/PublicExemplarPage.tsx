// /vinh-danh/:id — one exemplar's story for everyone, without an account: the photo, the name and unit, the
// story as written (plain text, paragraphs), the decision it rests on, and the awards the registry holds for
// the subject — the form, the decision's number and date, the issuer — each with a link to check its
// certificate when tdkt issued one. Nothing private is sent by the server, so nothing private can show.
import { Link, useParams } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { Button, Card, Col, Flex, List, Result, Row, Skeleton, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { formatDate } from '../format.ts'
import { publicRequest } from '../components/postings/public-api.ts'
import { ExemplarPhoto } from '../components/honours/ExemplarCard.tsx'
import { PublicLayout } from '../components/honours/PublicLayout.tsx'
import { StoryText } from '../components/honours/StoryText.tsx'
import { KIND_COLORS, type PublicExemplar } from '../components/honours/honour-ui.ts'

export function PublicExemplarPage() {
  const { id = '' } = useParams()
  const { data: e, error, isPending } = useQuery({
    queryKey: ['public-exemplar', id],
    queryFn: () => publicRequest<PublicExemplar>('GET', `/api/public/honours/${encodeURIComponent(id)}`),
  })

  return (
    <PublicLayout>
      <Flex vertical gap={16}>
        <div>
          <Link to="/vinh-danh"><ArrowLeftOutlined /> Bảng vinh danh</Link>
        </div>
        {error ? (
          <Card><Result status="404" title="Không xem được gương điển hình" subTitle={error.message} data-testid="exemplar-error" /></Card>
        ) : isPending ? (
          <Card><Skeleton active /></Card>
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} md={16}>
              <Card cover={e.photoUrl ? <ExemplarPhoto exemplar={e} height={360} /> : undefined}>
                <Flex gap={4} wrap style={{ marginBottom: 8 }}>
                  <Tag color={KIND_COLORS[e.kind]}>{e.kindLabel}</Tag>
                  <Tag>{e.year}</Tag>
                </Flex>
                <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="exemplar-title">{e.title}</Typography.Title>
                <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="exemplar-name">{e.name}</Typography.Title>
                <Typography.Paragraph type="secondary">
                  {[e.unitName, `${e.organizationName} công bố ngày ${formatDate(e.publishedOn)}`].filter(Boolean).join(' · ')}
                </Typography.Paragraph>
                <Typography.Paragraph strong style={{ fontSize: 16 }}>{e.summary}</Typography.Paragraph>
                <StoryText text={e.story} data-testid="exemplar-story" />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Flex vertical gap={16}>
                {e.decision && (
                  <Card size="small" title="Quyết định khen thưởng" data-testid="exemplar-decision">
                    Quyết định số {e.decision.numberAndSymbol} ngày {formatDate(e.decision.decisionDate)} của {e.decision.issuer}
                  </Card>
                )}
                <Card size="small" title="Khen thưởng đã nhận">
                  <List
                    dataSource={e.awards}
                    data-testid="exemplar-awards"
                    locale={{ emptyText: 'Sổ khen thưởng chưa ghi khen thưởng nào.' }}
                    renderItem={(a) => (
                      <List.Item style={{ display: 'block' }}>
                        <Typography.Text strong>{a.name}</Typography.Text> ({a.year}){a.linked && <Tag color="red" style={{ marginLeft: 6 }}>Gắn với câu chuyện này</Tag>}
                        {(a.decisionNumber || a.decisionDate) && (
                          <div>
                            <Typography.Text type="secondary">
                              {[a.decisionNumber && `Quyết định số ${a.decisionNumber}`, a.decisionDate && `ngày ${formatDate(a.decisionDate)}`, a.decisionIssuer && `của ${a.decisionIssuer}`].filter(Boolean).join(' ')}
                            </Typography.Text>
                          </div>
                        )}
                        {a.verifyPath && (
                          <Link to={a.verifyPath} data-testid="exemplar-verify">
                            <Button type="link" size="small" icon={<SafetyCertificateOutlined />} style={{ paddingLeft: 0 }}>Xác minh giấy khen</Button>
                          </Link>
                        )}
                      </List.Item>
                    )}
                  />
                </Card>
              </Flex>
            </Col>
          </Row>
        )}
      </Flex>
    </PublicLayout>
  )
}
