// /de-nghi/:id — one nomination: who is proposed for what, by which unit, in which campaign or year, its
// proposal (tờ trình), the processing timer and the dossier deadline; who decides; the eligibility
// evaluation stored with it (criterion by criterion with the article and facts); the dossier with its
// generated parts, attached files and completeness; the status history; and the actions the status and
// the user's role allow.
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Tag, Typography } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { COMMENDATION_KINDS, SUBJECT_KINDS } from '../../rules/types.ts'
import { FullPageSpin, useCurrentUser } from '../auth.tsx'
import { formatDate, formatDateTime } from '../format.ts'
import { EvaluationView } from '../components/eligibility/EvaluationView.tsx'
import { subjectPath } from '../components/history/history-labels.ts'
import { AuthorityCard } from '../components/nominations/AuthorityCard.tsx'
import { DossierCard } from '../components/nominations/DossierCard.tsx'
import { NominationActions } from '../components/nominations/NominationActions.tsx'
import { NominationForm } from '../components/nominations/NominationForm.tsx'
import { nominationKey, NOMINATIONS_KEY, useNomination, type NominationDetail } from '../components/nominations/nomination-queries.ts'
import { DeadlineTag, DecidingText, NominationStatusTag, TimerTag } from '../components/nominations/NominationTags.tsx'
import { nominationActions } from '../components/nominations/nomination-ui.ts'
import { StatusHistory } from '../components/nominations/StatusHistory.tsx'

export function NominationPage() {
  const { id = '' } = useParams()
  const me = useCurrentUser()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { data: n, error, refetch } = useNomination(id)
  const [editing, setEditing] = useState(false)

  const changed = (fresh?: NominationDetail) => {
    if (fresh) queryClient.setQueryData(nominationKey(id), fresh)
    void queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY, predicate: (q) => !fresh || q.queryKey[1] !== 'detail' || q.queryKey[2] !== id })
  }

  if (error) {
    return (
      <Result
        status="warning"
        title="Không mở được đề nghị khen thưởng"
        subTitle={error.message}
        extra={[
          <Button key="retry" onClick={() => refetch()}>
            Thử lại
          </Button>,
          <Button key="list" type="primary" onClick={() => navigate('/de-nghi')}>
            Về danh sách đề nghị
          </Button>,
        ]}
      />
    )
  }
  if (!n) return <FullPageSpin />

  const actions = nominationActions(n, me.role)
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Link to="/de-nghi">
          <ArrowLeftOutlined /> Đề nghị khen thưởng
        </Link>
      </Flex>
      <Card style={{ marginBottom: 16 }} data-testid="nomination-header">
        <Flex vertical gap={12}>
          <Flex align="center" gap={10} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {n.targetName}
            </Typography.Title>
            <NominationStatusTag status={n.status} />
          </Flex>
          <Typography.Text style={{ fontSize: 16 }}>
            {SUBJECT_KINDS[n.subject.kind]}{' '}
            <Link to={subjectPath(n.subject.kind, n.subject.id)}>
              <strong>{n.subject.name}</strong>
            </Link>
            {n.subject.kind !== 'collective' ? ` — ${n.subject.organizationName}` : ''}
          </Typography.Text>
          <Descriptions size="small" layout="vertical" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label="Đơn vị đề nghị">{n.nominatingOrganization.name}</Descriptions.Item>
            <Descriptions.Item label={n.campaign ? 'Kế hoạch thi đua' : 'Năm xét'}>
              {n.campaign ? (
                <Link to={`/ke-hoach/${n.campaign.id}`}>
                  {n.campaign.numberAndSymbol ? `${n.campaign.numberAndSymbol} — ` : ''}
                  {n.campaign.title} (năm {n.year})
                </Link>
              ) : (
                n.year
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Loại hình">{COMMENDATION_KINDS[n.kind]}</Descriptions.Item>
            <Descriptions.Item label="Tờ trình">
              {n.batch ? (
                <span data-testid="nomination-batch">
                  Số {n.batch.numberAndSymbol} ngày {formatDate(n.batch.submittedOn)}
                </span>
              ) : (
                <Typography.Text type="secondary">Chưa trình</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Cấp quyết định">
              <DecidingText deciding={n.deciding} />
            </Descriptions.Item>
            <Descriptions.Item label="Ngày dự kiến quyết định">{formatDate(n.decisionDate)}</Descriptions.Item>
            {n.simplifiedCaseLabel && (
              <Descriptions.Item label="Thủ tục đơn giản" span="filled">
                <Tag color="blue">Trường hợp {n.simplifiedCase}</Tag> {n.simplifiedCaseLabel}
              </Descriptions.Item>
            )}
            {n.deadline && (
              <Descriptions.Item label={`Hạn nộp hồ sơ (${n.deadline.name})`}>
                <DeadlineTag deadline={n.deadline} />
              </Descriptions.Item>
            )}
            {n.timer && (
              <Descriptions.Item label="Thời hạn giải quyết">
                <TimerTag timer={n.timer} />
              </Descriptions.Item>
            )}
          </Descriptions>
          {n.deadlineOverride && (
            <Alert
              type="info"
              showIcon
              title={`Được cho phép nộp muộn${n.deadlineOverride.byName ? ` bởi ${n.deadlineOverride.byName}` : ''} lúc ${formatDateTime(n.deadlineOverride.at)}`}
              description={n.deadlineOverride.reason}
              data-testid="nomination-override"
            />
          )}
          {n.deadline?.late && !n.deadline.overridden && (n.status === 'draft' || n.status === 'returned') && (
            <Alert type="error" showIcon title="Đã quá hạn nộp hồ sơ của kế hoạch: cần Thường trực Hội đồng Thi đua – Khen thưởng cho phép nộp muộn trước khi trình." />
          )}
          <NominationActions
            nomination={n}
            role={me.role}
            onEdit={() => setEditing(true)}
            onChanged={changed}
            onDeleted={() => {
              queryClient.removeQueries({ queryKey: nominationKey(id) })
              void queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY })
              void navigate('/de-nghi')
            }}
          />
        </Flex>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title="Thành tích" style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }} data-testid="nomination-achievement-text">
              {n.achievement}
            </Typography.Paragraph>
            {n.reviewMeeting && (
              <Descriptions size="small" column={{ xs: 1, md: 2 }} title="Họp xét tại đơn vị" style={{ marginTop: 16 }}>
                <Descriptions.Item label="Ngày họp">{formatDate(n.reviewMeeting.date)}</Descriptions.Item>
                <Descriptions.Item label="Địa điểm">{n.reviewMeeting.place}</Descriptions.Item>
                <Descriptions.Item label="Chủ trì">{n.reviewMeeting.chair}</Descriptions.Item>
                <Descriptions.Item label="Thư ký">{n.reviewMeeting.secretary}</Descriptions.Item>
                <Descriptions.Item label="Thành viên">
                  {n.reviewMeeting.present}/{n.reviewMeeting.members} dự họp, {n.reviewMeeting.inFavour} đồng ý
                </Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <AuthorityCard authority={n.authority} />
          <Card title="Lịch sử trạng thái" style={{ marginBottom: 16 }}>
            <StatusHistory history={n.history} />
          </Card>
        </Col>
      </Row>
      <Card
        title="Kết quả xét điều kiện đã lưu"
        extra={<Typography.Text type="secondary">Xét lúc {formatDateTime(n.eligibility.evaluatedAt)}</Typography.Text>}
        style={{ marginBottom: 16 }}
        data-testid="nomination-eligibility"
      >
        <EvaluationView evaluation={n.eligibility.evaluation} />
      </Card>
      <DossierCard nomination={n} canUpload={actions.has('upload')} canRemove={actions.has('removeUpload')} onChanged={changed} />
      {editing && <NominationForm nomination={n} onClose={() => setEditing(false)} />}
    </>
  )
}
