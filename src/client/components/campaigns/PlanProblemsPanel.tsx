// The plan's problems, each with a link to the tab and field that holds it: the live checks,
// and what the server refused at the last save.
import { Alert, Button, Card, Flex, Typography } from 'antd'
import { CheckCircleOutlined } from '@ant-design/icons'
import type { PlanProblem } from '../../../shared/campaign-plan-checks.ts'
import { usePlanChecks } from './PlanChecks.tsx'
import { PLAN_TABS, tabOfField } from './plan-tabs.ts'
import { RowList } from './RowList.tsx'

interface Props {
  /** Field messages of the last refused save. */
  serverProblems: PlanProblem[]
  onOpen: (field: string) => void
}

export function PlanProblemsPanel({ serverProblems, onOpen }: Props) {
  const { problems } = usePlanChecks()
  const seen = new Set(problems.map((problem) => `${problem.field}\n${problem.message}`))
  const all = [...serverProblems.filter((problem) => !seen.has(`${problem.field}\n${problem.message}`)), ...problems]
  return (
    <Card size="small" title={all.length > 0 ? `Cần xem lại (${all.length})` : 'Kiểm tra'} data-testid="plan-problems">
      {all.length === 0 ? (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title="Chưa phát hiện vấn đề nào trong kế hoạch." />
      ) : (
        <div style={{ maxHeight: 260, overflowY: 'auto' }}>
          <RowList
            items={all}
            rowKey={(problem, index) => `${index}:${problem.field}`}
            empty=""
            render={(problem) => {
              const tab = PLAN_TABS.find((item) => item.key === tabOfField(problem.field))
              return (
                <Flex justify="space-between" align="start" gap={8}>
                  <Typography.Text type="danger">{problem.message}</Typography.Text>
                  {tab && (
                    <Button type="link" size="small" onClick={() => onOpen(problem.field)} style={{ flexShrink: 0 }}>
                      {tab.label}
                    </Button>
                  )}
                </Flex>
              )
            }}
          />
        </div>
      )}
    </Card>
  )
}
