// "Tuyên dương" (honouring conference, seed 002 §II.3): the honourees picked from the lines of the organization's
// issued award decisions, invited to the conference in a group (within the delegate cap), and the list of them.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Popconfirm, Select, Space, Table, Tag } from 'antd'
import { DeleteOutlined, TrophyOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import { formatDate } from '../../format.ts'
import { EVENTS_KEY, useEventMutation, type EventDetail, type HonoureeCandidates } from './event-ui.ts'

type Line = HonoureeCandidates['decisions'][number]['lines'][number]
type Honouree = EventDetail['honourees'][number]

export function HonoureesTab({ event }: { event: EventDetail }) {
  const [decisionId, setDecisionId] = useState<string | undefined>()
  const [selected, setSelected] = useState<string[]>([])
  const [groupId, setGroupId] = useState<string | undefined>()
  const sources = useQuery({
    queryKey: [...EVENTS_KEY, 'honouree-sources', event.id, event.version],
    queryFn: () => api.get<HonoureeCandidates>(`/api/events/${event.id}/honouree-sources`),
    enabled: event.can.changeAttendees,
  })
  const decision = sources.data?.decisions.find((d) => d.decision.id === decisionId)
  const add = useEventMutation(event.id, () => api.post<EventDetail>(`/api/events/${event.id}/honourees`, { decisionId, nominationIds: selected, groupId: groupId ?? null }), () => setSelected([]))
  const remove = useEventMutation(event.id, (h: Honouree) => api.delete(`/api/events/${event.id}/honourees/${h.id}`).then(() => api.get<EventDetail>(`/api/events/${event.id}`)))
  return (
    <>
      {event.can.changeAttendees && (
        <Card title="Chọn người được tuyên dương từ quyết định khen thưởng đã ban hành" size="small" style={{ marginBottom: 16 }}>
          {sources.error && <Alert type="error" showIcon title={toApiError(sources.error).message} />}
          {add.error && <Alert type="error" showIcon title={toApiError(add.error).message} style={{ marginBottom: 12 }} data-testid="honouree-error" />}
          <Space wrap style={{ marginBottom: 12 }}>
            <Select style={{ minWidth: 420 }} placeholder="Quyết định khen thưởng" value={decisionId} loading={sources.isFetching} data-testid="honouree-decision"
              onChange={(v: string) => { setDecisionId(v); setSelected([]) }}
              options={(sources.data?.decisions ?? []).map((d) => ({ value: d.decision.id, label: `${d.decision.numberAndSymbol ?? ''} ngày ${formatDate(d.decision.decisionDate)} — ${d.decision.title}` }))} />
            <Select allowClear style={{ minWidth: 280 }} placeholder="Thành phần" value={groupId} onChange={(v?: string) => setGroupId(v)} options={event.groups.map((g) => ({ value: g.id, label: g.name }))} />
            <Button type="primary" icon={<TrophyOutlined />} disabled={selected.length === 0} loading={add.isPending} onClick={() => add.mutate(undefined)} data-testid="honouree-add">
              Tuyên dương {selected.length > 0 ? `(${selected.length})` : ''}
            </Button>
          </Space>
          {decision && (
            <Table<Line> rowKey="nominationId" size="small" pagination={false} dataSource={decision.lines} data-testid="honouree-lines"
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (l) => ({ disabled: l.honoured }) }}
              columns={[
                { title: 'Họ và tên / tập thể', key: 'name', render: (_, l) => l.subject.name },
                { title: 'Chức vụ, đơn vị', key: 'unit', render: (_, l) => l.subject.positionAndUnit },
                { title: 'Hình thức', dataIndex: 'award' },
                { title: '', key: 'honoured', width: 140, render: (_, l) => l.honoured && <Tag color="gold">Đã tuyên dương</Tag> },
              ]} />
          )}
        </Card>
      )}
      <Card title={`Danh sách tuyên dương (${event.honourees.length})`}>
        {remove.error && <Alert type="error" showIcon title={toApiError(remove.error).message} style={{ marginBottom: 12 }} />}
        <Table<Honouree> rowKey="id" size="small" pagination={false} dataSource={event.honourees} data-testid="honourees-table"
          columns={[
            { title: 'STT', key: 'n', width: 50, render: (_, __, i) => i + 1 },
            { title: 'Họ và tên / tập thể', dataIndex: 'subjectName' },
            { title: 'Chức vụ, đơn vị', dataIndex: 'positionAndUnit' },
            { title: 'Hình thức', dataIndex: 'award' },
            { title: 'Quyết định', dataIndex: 'decisionReference' },
            { title: 'Có mặt', key: 'attended', width: 90, render: (_, h) => (h.attended === null ? '' : h.attended ? 'Có mặt' : 'Vắng') },
            ...(event.can.changeAttendees ? [{
              title: '', key: 'remove', width: 50,
              render: (_: unknown, h: Honouree) => (
                <Popconfirm title={`Bỏ ${h.subjectName} khỏi danh sách tuyên dương?`} okText="Bỏ" cancelText="Không" onConfirm={() => remove.mutate(h)}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Bỏ ${h.subjectName}`} />
                </Popconfirm>
              ),
            }] : []),
          ]} />
      </Card>
    </>
  )
}
