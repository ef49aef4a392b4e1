// /ca-nhan/:id, /to-chuc/:id/lich-su, /ho-gia-dinh/:id/lich-su — one person, collective or household:
// who it is, "Xét điều kiện ngay" (the question and the open tab live in the URL), and its whole history
// of emulation and commendation with add, edit and delete.
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { Button, Card, Flex, Result } from 'antd'
import { ArrowLeftOutlined, FileExcelOutlined } from '@ant-design/icons'
import type { SubjectKind } from '../../rules/types.ts'
import { can } from '../../shared/roles.ts'
import { FullPageSpin, useCurrentUser } from '../auth.tsx'
import { todayIso } from '../format.ts'
import { EligibilityPanel, type EligibilityQuestion } from '../components/eligibility/EligibilityPanel.tsx'
import { HistoryTabs } from '../components/history/HistoryTabs.tsx'
import { useSubjectHistory } from '../components/history/history-queries.ts'
import { SubjectFacts } from '../components/history/SubjectFacts.tsx'

const LISTS: Record<SubjectKind, { path: string; label: string }> = {
  individual: { path: '/ca-nhan', label: 'Cá nhân' },
  collective: { path: '/to-chuc', label: 'Tổ chức' },
  household: { path: '/ho-gia-dinh', label: 'Hộ gia đình' },
}

export function SubjectHistoryPage({ kind }: { kind: SubjectKind }) {
  const { id = '' } = useParams()
  const me = useCurrentUser()
  const navigate = useNavigate()
  const canWrite = can(me, 'history.write')
  const [params, setParams] = useSearchParams()
  const { data: page, error, refetch } = useSubjectHistory(kind, id)
  const list = LISTS[kind]

  const target = params.get('target')
  const question: EligibilityQuestion | null = target ? { target, date: params.get('date') || todayIso(), year: Number(params.get('year')) || undefined } : null
  const setParam = (patch: Record<string, string | undefined>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true },
    )

  if (error) {
    return (
      <Result
        status="warning"
        title="Không mở được lịch sử thi đua, khen thưởng"
        subTitle={error.message}
        extra={[
          <Button key="retry" onClick={() => refetch()}>
            Thử lại
          </Button>,
          <Button key="list" type="primary" onClick={() => navigate(list.path)}>
            Về danh sách {list.label.toLowerCase()}
          </Button>,
        ]}
      />
    )
  }
  if (!page) return <FullPageSpin />

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Link to={list.path}>
          <ArrowLeftOutlined /> {list.label}
        </Link>
        {canWrite && kind === 'individual' && (
          <Link to="/lich-su/nhap">
            <Button icon={<FileExcelOutlined />}>Nhập lịch sử từ Excel</Button>
          </Link>
        )}
      </Flex>
      <SubjectFacts subject={page.subject} canWrite={canWrite} />
      <EligibilityPanel
        key={`${kind}-${id}`}
        subjectKind={kind}
        subjectId={id}
        question={question}
        onAsk={(next) => setParam({ target: next.target, date: next.date, year: next.year ? String(next.year) : undefined })}
      />
      <Card title="Lịch sử thi đua, khen thưởng" styles={{ body: { paddingTop: 4 } }}>
        <HistoryTabs page={page} canWrite={canWrite} activeKey={params.get('tab') ?? undefined} onChange={(tab) => setParam({ tab })} />
      </Card>
    </>
  )
}
