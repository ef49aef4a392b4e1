// "Chương trình": the items in order (move up and down), each with its speaker — an attendee of the list or a text
// such as "Đại diện Thường trực Đảng ủy" — and its duration; the standard programme of the kind as a starting
// point; saved as a whole with the event's version (what was typed stays when the server refuses it).
import { useEffect, useState } from 'react'
import { Alert, Button, Card, Input, InputNumber, Popconfirm, Select, Space, Table } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons'
import { EVENT_TEMPLATES } from '../../../shared/events-templates.ts'
import { api, toApiError } from '../../api.ts'
import { useEventMutation, type EventDetail } from './event-ui.ts'

interface Item { key: string; title: string; speakerAttendeeId: string | null; speakerText: string; durationMinutes: number | null }

const fromEvent = (e: EventDetail): Item[] => e.programme.map((p) => ({ key: p.id, title: p.title, speakerAttendeeId: p.speakerAttendeeId, speakerText: p.speakerText ?? '', durationMinutes: p.durationMinutes }))

export function ProgrammeTab({ event }: { event: EventDetail }) {
  const [items, setItems] = useState<Item[]>(() => fromEvent(event))
  const [dirty, setDirty] = useState(false)
  useEffect(() => { if (!dirty) setItems(fromEvent(event)) }, [event, dirty])
  const change = (next: Item[]) => { setItems(next); setDirty(true) }
  const edit = (i: number, patch: Partial<Item>) => change(items.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  const move = (i: number, by: number) => { const next = [...items]; const [r] = next.splice(i, 1); next.splice(i + by, 0, r!); change(next) }
  const save = useEventMutation(event.id, () => api.put<EventDetail>(`/api/events/${event.id}/programme`, {
    version: event.version,
    items: items.map((i) => ({ title: i.title, speakerAttendeeId: i.speakerAttendeeId, speakerText: i.speakerAttendeeId ? null : i.speakerText, durationMinutes: i.durationMinutes })),
  }), () => setDirty(false))
  const editable = event.can.changeAttendees
  const speakers = event.attendees.map((a) => ({ value: a.id, label: `${a.fullName}${a.position ? `, ${a.position}` : ''}` }))
  const useTemplate = () => change(EVENT_TEMPLATES[event.kind].programme.map((p) => ({ key: crypto.randomUUID(), title: p.title, speakerAttendeeId: null, speakerText: p.speakerText ?? '', durationMinutes: p.durationMinutes })))
  return (
    <Card title="Chương trình" extra={editable && (
      <Popconfirm title="Thay chương trình hiện tại bằng chương trình mẫu?" okText="Thay" cancelText="Không" onConfirm={useTemplate}>
        <Button icon={<ReloadOutlined />}>Dùng chương trình mẫu</Button>
      </Popconfirm>
    )}>
      {save.error && <Alert type="error" showIcon title={toApiError(save.error).message} style={{ marginBottom: 12 }} />}
      <Table<Item> rowKey="key" size="small" pagination={false} dataSource={items} data-testid="programme-table"
        columns={[
          { title: 'STT', key: 'n', width: 50, render: (_, __, i) => i + 1 },
          { title: 'Nội dung', key: 'title', render: (_, r, i) => (editable ? <Input.TextArea autoSize value={r.title} onChange={(e) => edit(i, { title: e.target.value })} aria-label="Nội dung" data-testid="programme-title" /> : r.title) },
          {
            title: 'Người thực hiện', key: 'speaker', width: 320,
            render: (_, r, i) => (editable ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Select allowClear value={r.speakerAttendeeId ?? undefined} options={speakers} placeholder="Chọn đại biểu" style={{ width: '100%' }} onChange={(v?: string) => edit(i, { speakerAttendeeId: v ?? null })} aria-label="Đại biểu thực hiện" />
                {!r.speakerAttendeeId && <Input value={r.speakerText} onChange={(e) => edit(i, { speakerText: e.target.value })} placeholder="hoặc ghi người thực hiện" aria-label="Người thực hiện" />}
              </Space>
            ) : event.programme[i]?.speaker),
          },
          { title: 'Phút', key: 'duration', width: 90, render: (_, r, i) => (editable ? <InputNumber min={1} max={600} value={r.durationMinutes} onChange={(v) => edit(i, { durationMinutes: v ?? null })} aria-label="Thời lượng (phút)" /> : r.durationMinutes) },
          ...(editable ? [{
            title: '', key: 'actions', width: 130, render: (_: unknown, __: Item, i: number) => (
              <Space size={4}>
                <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="Lên" data-testid="programme-up" />
                <Button size="small" icon={<ArrowDownOutlined />} disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label="Xuống" />
                <Button size="small" danger icon={<DeleteOutlined />} onClick={() => change(items.filter((_, j) => j !== i))} aria-label="Xóa mục" />
              </Space>
            ),
          }] : []),
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => change([...items, { key: crypto.randomUUID(), title: '', speakerAttendeeId: null, speakerText: '', durationMinutes: null }])} data-testid="programme-add">Thêm mục</Button>
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(undefined)} data-testid="programme-save">Lưu chương trình</Button>
        </Space>
      )}
    </Card>
  )
}
