// /trinh-cap-tren — proposals to the level above (tờ trình đề nghị cấp trên khen thưởng): what the caller's
// councils passed beyond their authority, the proposals sent ("Đã trình") and those received from below.
import { Card, Tabs } from 'antd'
import { can } from '../../shared/roles.ts'
import { useCurrentUser } from '../auth.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { CandidatesCard } from '../components/proposals/CandidatesCard.tsx'
import { ProposalsTable } from '../components/proposals/ProposalsTable.tsx'

export function ProposalsPage() {
  const me = useCurrentUser()
  return (
    <>
      <PageHeader title="Trình cấp trên khen thưởng" />
      <CandidatesCard canWrite={can(me, 'proposal.write')} />
      <Card>
        <Tabs
          data-testid="proposal-tabs"
          items={[
            { key: 'outgoing', label: 'Đã trình', children: <ProposalsTable direction="outgoing" /> },
            { key: 'incoming', label: 'Nhận từ cấp dưới', children: <ProposalsTable direction="incoming" /> },
          ]}
        />
      </Card>
    </>
  )
}
