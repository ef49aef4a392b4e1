// "Quyết định mới": the deciding organization and the date, then the nominations its council passed that no
// decision holds yet, with their amounts and what the public posting still needs; the chosen ones become
// the lines of a draft.
import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, DatePicker, Drawer, Form, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useNavigate } from 'react-router'
import { api, toApiError, toQuery } from '../../api.ts'
import { useCurrentUser } from '../../auth.tsx'
import { DATE_FORMAT, toIsoDate } from '../../format.ts'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { DecisionLinesTable } from './DecisionLinesTable.tsx'
import { DECISIONS_KEY, formatMoney, type DecisionDetail, type DecisionLineView } from './decision-queries.ts'

export function NewDecisionDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useCurrentUser()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [organizationId, setOrganizationId] = useState<string | undefined>(me.organizationId)
  const [date, setDate] = useState<Dayjs | null>(dayjs())
  const [selected, setSelected] = useState<string[]>([])
  const decisionDate = toIsoDate(date)
  const candidates = useQuery({
    queryKey: [...DECISIONS_KEY, 'candidates', organizationId, decisionDate],
    queryFn: () => api.get<DecisionLineView[]>(`/api/decisions/candidates${toQuery({ organizationId, decisionDate })}`),
    enabled: open && Boolean(organizationId) && Boolean(decisionDate),
  })
  const create = useMutation({
    mutationFn: () => api.post<DecisionDetail>('/api/decisions', { organizationId, decisionDate, nominationIds: selected }),
    onSuccess: (draft) => {
      void queryClient.invalidateQueries({ queryKey: DECISIONS_KEY })
      navigate(`/quyet-dinh/${draft.id}`)
    },
  })
  const chosen = (candidates.data ?? []).filter((l) => selected.includes(l.nominationId))
  const total = chosen.reduce((sum, l) => sum + (l.paid && l.amount !== null ? l.amount : 0), 0)

  return (
    <Drawer title="Quyết định khen thưởng mới" open={open} onClose={onClose} size={1100} destroyOnHidden>
      <Form layout="vertical">
        <Space wrap size="large">
          <Form.Item label="Cơ quan quyết định" style={{ minWidth: 320 }}>
            <OrganizationSelect value={organizationId} onChange={(v: string | undefined) => { setOrganizationId(v); setSelected([]) }} data-testid="decision-new-organization" />
          </Form.Item>
          <Form.Item label="Ngày quyết định">
            <DatePicker value={date} onChange={setDate} format={DATE_FORMAT} data-testid="decision-new-date" />
          </Form.Item>
        </Space>
      </Form>
      <Typography.Paragraph type="secondary">
        Các đề nghị Hội đồng Thi đua – Khen thưởng của cơ quan đã thông qua, thuộc thẩm quyền quyết định của cơ quan và chưa có trong quyết định nào. Chọn các trường hợp đưa vào danh sách kèm theo.
      </Typography.Paragraph>
      {candidates.error && <Alert type="error" showIcon title={toApiError(candidates.error).message} style={{ marginBottom: 12 }} />}
      {create.error && <Alert type="error" showIcon title={toApiError(create.error).message} style={{ marginBottom: 12 }} data-testid="decision-new-problem" />}
      <DecisionLinesTable lines={candidates.data ?? []} loading={candidates.isFetching} selection={{ selected, onChange: setSelected }} data-testid="decision-candidates" />
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" disabled={selected.length === 0} loading={create.isPending} onClick={() => create.mutate()} data-testid="decision-create">
          Lập dự thảo với {selected.length} trường hợp
        </Button>
        {selected.length > 0 && <Typography.Text>Tổng tiền thưởng dự kiến: {formatMoney(total)}</Typography.Text>}
      </Space>
    </Drawer>
  )
}
