// Cơ cấu thành phần đại biểu: the groups in order with the number planned and the number on the list; rename,
// add, remove, move, then save with the event's version.
import { useEffect, useState } from 'react'
import { Alert, Button, Card, Input, InputNumber, Space, Table } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import { useEventMutation, type EventDetail } from './event-ui.ts'

interface Row { key: string; id?: string; name: string; plannedCount: number | null; attendeeCount: number }

export function GroupsCard({ event }: { event: EventDetail }) {
  const toRows = () => event.groups.map((g) => ({ key: g.id, id: g.id, name: g.name, plannedCount: g.plannedCount, attendeeCount: g.attendeeCount }))
  const [rows, setRows] = useState<Row[]>(toRows)
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    if (!dirty) setRows(event.groups.map((g) => ({ key: g.id, id: g.id, name: g.name, plannedCount: g.plannedCount, attendeeCount: g.attendeeCount })))
  }, [event, dirty])
  const change = (next: Row[]) => { setRows(next); setDirty(true) }
  const move = (i: number, by: number) => { const next = [...rows]; const [r] = next.splice(i, 1); next.splice(i + by, 0, r!); change(next) }
  const save = useEventMutation(event.id, () => api.put<EventDetail>(`/api/events/${event.id}/groups`, {
    version: event.version, groups: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, plannedCount: r.plannedCount })),
  }), () => setDirty(false))
  const editable = event.can.changeAttendees
  const planned = rows.reduce((s, r) => s + (r.plannedCount ?? 0), 0)
  return (
    <Card title="Cơ cấu thành phần đại biểu" style={{ marginBottom: 16 }} extra={`Dự kiến ${planned}${event.delegateCap ? `/${event.delegateCap}` : ''} đại biểu`}>
      {save.error && <Alert type="error" showIcon title={toApiError(save.error).message} style={{ marginBottom: 12 }} />}
      <Table<Row> rowKey="key" size="small" pagination={false} dataSource={rows} data-testid="groups-table"
        columns={[
          { title: 'STT', key: 'n', width: 50, render: (_, __, i) => i + 1 },
          { title: 'Thành phần', key: 'name', render: (_, r, i) => (editable ? <Input value={r.name} onChange={(e) => change(rows.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} aria-label="Tên thành phần" /> : r.name) },
          { title: 'Dự kiến', key: 'planned', width: 110, render: (_, r, i) => (editable ? <InputNumber min={0} value={r.plannedCount} onChange={(v) => change(rows.map((x, j) => (j === i ? { ...x, plannedCount: v ?? null } : x)))} aria-label="Số lượng dự kiến" /> : r.plannedCount) },
          { title: 'Đã mời', dataIndex: 'attendeeCount', width: 80 },
          ...(editable ? [{
            title: '', key: 'actions', width: 130, render: (_: unknown, __: Row, i: number) => (
              <Space size={4}>
                <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="Lên" />
                <Button size="small" icon={<ArrowDownOutlined />} disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label="Xuống" />
                <Button size="small" danger icon={<DeleteOutlined />} onClick={() => change(rows.filter((_, j) => j !== i))} aria-label="Xóa thành phần" />
              </Space>
            ),
          }] : []),
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => change([...rows, { key: crypto.randomUUID(), name: '', plannedCount: null, attendeeCount: 0 }])}>Thêm thành phần</Button>
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(undefined)} data-testid="groups-save">Lưu cơ cấu</Button>
        </Space>
      )}
    </Card>
  )
}
