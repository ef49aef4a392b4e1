// /hoi-dong/phien/:id — one council session: for a member, the ballot paper; for the officer, attendance,
// the agenda with thresholds and recusals, "Khai mạc bỏ phiếu", absentees' written opinions, received-count
// progress, quota warnings, "Kết thúc phiên họp", the results and the minutes.
import { Button, Result } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { Link, useParams } from 'react-router'
import { FullPageSpin } from '../auth.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { AgendaCard } from '../components/council/AgendaCard.tsx'
import { AttendanceCard } from '../components/council/AttendanceCard.tsx'
import { BallotCard } from '../components/council/BallotCard.tsx'
import { QuotaNotice } from '../components/council/QuotaNotice.tsx'
import { SessionSummaryCard } from '../components/council/SessionSummaryCard.tsx'
import { useSession } from '../components/council/council-queries.ts'

export function CouncilSessionPage() {
  const { id = '' } = useParams()
  const { data: session, error, refetch } = useSession(id)
  if (error) return <Result status="warning" title="Không mở được phiên họp" subTitle={error.message} extra={<Button onClick={() => refetch()}>Thử lại</Button>} />
  if (!session) return <FullPageSpin />
  return (
    <>
      <Link to="/hoi-dong">
        <ArrowLeftOutlined /> Hội đồng
      </Link>
      <PageHeader title={session.title} />
      <SessionSummaryCard session={session} />
      {session.seat && <BallotCard sessionId={session.id} />}
      {session.quota && <QuotaNotice quota={session.quota} />}
      <AgendaCard session={session} />
      <AttendanceCard session={session} />
    </>
  )
}
