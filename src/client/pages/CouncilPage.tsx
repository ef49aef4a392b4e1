// /hoi-dong — the emulation-commendation council of the signed-in account's organization: its rules (the
// council's own settings ❓), members and sessions; for a member, the sessions now voting.
import { useState } from 'react'
import { Alert, Button, Card, Descriptions, Empty, Result } from 'antd'
import { EditOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { can } from '../../shared/roles.ts'
import { shareText } from '../../shared/council-rules.ts'
import { FullPageSpin, useCurrentUser } from '../auth.tsx'
import { formatDate } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { ConfidenceTag } from '../components/eligibility/ConfidenceTag.tsx'
import { CouncilForm } from '../components/council/CouncilForm.tsx'
import { MembersCard } from '../components/council/MembersCard.tsx'
import { SessionsCard } from '../components/council/SessionsCard.tsx'
import { useMyCouncil, useMyOpenSessions } from '../components/council/council-queries.ts'

function VotingNow() {
  const { data } = useMyOpenSessions(true)
  if (!data || data.length === 0) return null
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="Phiên họp đang bỏ phiếu"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {data.map((s) => (
            <li key={s.id}>
              <Link to={`/hoi-dong/phien/${s.id}`} data-testid="open-session-link">
                {s.councilName}: {s.title} ({formatDate(s.meetsOn)})
              </Link>
            </li>
          ))}
        </ul>
      }
    />
  )
}

export function CouncilPage() {
  const me = useCurrentUser()
  const { data, error, refetch } = useMyCouncil()
  const [editing, setEditing] = useState(false)
  const canManage = can(me, 'council.manage')

  if (error) return <Result status="warning" title="Không mở được Hội đồng" subTitle={error.message} extra={<Button onClick={() => refetch()}>Thử lại</Button>} />
  if (!data) return <FullPageSpin />
  const { council, organization } = data

  return (
    <>
      <PageHeader title={council?.name ?? 'Hội đồng Thi đua – Khen thưởng'}>
        {council?.canManage && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="council-edit">Sửa thông tin Hội đồng</Button>}
      </PageHeader>
      {can(me, 'council.vote') && <VotingNow />}
      {!council ? (
        <Card>
          <Empty description={`${organization.name} chưa thành lập Hội đồng Thi đua – Khen thưởng trên hệ thống.`}>
            {canManage && <Button type="primary" onClick={() => setEditing(true)} data-testid="council-create">Thành lập Hội đồng</Button>}
          </Empty>
        </Card>
      ) : (
        <>
          <Card title="Quy chế Hội đồng" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="Đơn vị">{council.organizationName}</Descriptions.Item>
              <Descriptions.Item label="Quyết định thành lập">{council.establishedBy ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="Tỷ lệ dự họp tối thiểu">{shareText(council.quorumShare)} tổng số thành viên <ConfidenceTag confidence="unconfirmed" citation="Nghị định 98/2023/NĐ-CP, Điều 49; quy chế của Hội đồng" /></Descriptions.Item>
              <Descriptions.Item label="Tỷ lệ biểu quyết theo quy chế">trên {shareText(council.majorityShare)} tổng số thành viên <ConfidenceTag confidence="unconfirmed" citation="Quy chế làm việc của Hội đồng (biểu quyết theo đa số)" /></Descriptions.Item>
            </Descriptions>
            <Alert type="info" showIcon title={council.settingsNote} />
          </Card>
          <MembersCard council={council} />
          <SessionsCard council={council} />
        </>
      )}
      {editing && <CouncilForm organization={organization} council={council} onClose={() => setEditing(false)} />}
    </>
  )
}
