// "Kế hoạch cần xây dựng": plans sent to units in the user's scope that still owe their own
// answering plan, grouped by plan (soonest due first), late units in red; one click starts the
// unit's draft (pre-filled from the plan above) or opens the draft already begun.
import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Flex, Space, Typography } from 'antd'
import { Link, useNavigate } from 'react-router'
import { api, toApiError } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { AnswerTask, CampaignDetail } from '../../types.ts'
import { AnswerStatusTag } from './CampaignStatusTag.tsx'
import { refreshAfterWrite } from './campaign-queries.ts'
import { RowList } from './RowList.tsx'

/** Units shown per plan before "Xem tất cả". */
const FIRST_UNITS = 5

/** Tasks grouped by plan, in the order of their soonest task. */
function byPlan(tasks: readonly AnswerTask[]): AnswerTask[][] {
  const groups = new Map<string, AnswerTask[]>()
  for (const task of tasks) groups.set(task.campaignId, [...(groups.get(task.campaignId) ?? []), task])
  return [...groups.values()]
}

function PlanTasks({ tasks, canWrite, onStart, starting }: { tasks: AnswerTask[]; canWrite: boolean; onStart: (task: AnswerTask) => void; starting: AnswerTask | undefined }) {
  const [all, setAll] = useState(false)
  const plan = tasks[0]!
  const late = tasks.filter((task) => task.status === 'late').length
  return (
    <div>
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: plan.title }} style={{ marginBottom: 0 }}>
        <Link to={`/ke-hoach/${plan.campaignId}`}>
          <strong>{plan.numberAndSymbol}</strong> — {plan.title}
        </Link>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        của {plan.issuerName} · {tasks.length} đơn vị chưa ban hành kế hoạch triển khai
        {late > 0 && <Typography.Text type="danger">, {late} quá hạn</Typography.Text>}
      </Typography.Paragraph>
      <div style={{ paddingInlineStart: 12, borderInlineStart: '2px solid #f0f0f0' }}>
        <RowList
          items={all ? tasks : tasks.slice(0, FIRST_UNITS)}
          rowKey={(task) => task.organizationId}
          empty=""
          render={(task) => (
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Space wrap size={[8, 0]}>
                <span>{task.organizationName}</span>
                <AnswerStatusTag status={task.status} />
                <Typography.Text type={task.status === 'late' ? 'danger' : 'secondary'} strong={task.status === 'late'}>
                  {task.answerDue ? `Hạn ${formatDate(task.answerDue)}` : 'Chưa có hạn'}
                </Typography.Text>
              </Space>
              {canWrite && (
                <Button type={task.answerId ? 'default' : 'primary'} size="small" loading={starting === task} onClick={() => onStart(task)}>
                  {task.answerId ? 'Mở dự thảo' : 'Lập kế hoạch triển khai'}
                </Button>
              )}
            </Flex>
          )}
        />
        {tasks.length > FIRST_UNITS && (
          <Button type="link" size="small" onClick={() => setAll(!all)} style={{ paddingInline: 0 }}>
            {all ? 'Thu gọn' : `Xem tất cả ${tasks.length} đơn vị`}
          </Button>
        )}
      </div>
    </div>
  )
}

export function TasksCard({ canWrite }: { canWrite: boolean }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const { data: tasks } = useQuery({ queryKey: ['campaigns', 'tasks'], queryFn: () => api.get<AnswerTask[]>('/api/campaigns/tasks') })

  const start = useMutation({
    mutationFn: async (task: AnswerTask): Promise<{ id: string; created?: CampaignDetail }> => {
      if (task.answerId) return { id: task.answerId }
      const created = await api.post<CampaignDetail>(`/api/campaigns/${task.campaignId}/answer`, { organizationId: task.organizationId })
      return { id: created.id, created }
    },
    onSuccess: ({ id, created }) => {
      if (created) void refreshAfterWrite(queryClient, created)
      navigate(`/ke-hoach/${id}`)
    },
    onError: (error) => message.error(toApiError(error).message),
  })

  if (!tasks || tasks.length === 0) return null
  return (
    <Card title="Kế hoạch cần xây dựng" size="small" style={{ marginBottom: 16 }} data-testid="campaign-tasks">
      <Flex vertical gap={16}>
        {byPlan(tasks).map((group) => (
          <PlanTasks key={group[0]!.campaignId} tasks={group} canWrite={canWrite} onStart={(task) => start.mutate(task)} starting={start.isPending ? start.variables : undefined} />
        ))}
      </Flex>
    </Card>
  )
}
