// "Kinh phí": the estimate (dự toán) paid from the organization's commendation fund — each line's quantity × unit
// price, the total against the fund's balance; a line beyond the balance is refused by the server and marked here,
// the lines typed stay — and, once the event is held, the settlement (quyết toán) of the actual amounts, posted
// to the fund in one go.
import { useEffect, useState } from 'react'
import { Alert, Button, Card, DatePicker, Descriptions, Input, InputNumber, Select, Space, Table, Typography } from 'antd'
import { CalculatorOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS, type BudgetCategory } from '../../../shared/events.ts'
import { api, ApiError, toApiError } from '../../api.ts'
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../format.ts'
import { useEventMutation, vnd, type EventDetail } from './event-ui.ts'

interface Line { key: string; item: string; unit: string; quantity: number | null; unitPrice: number | null; category: BudgetCategory }

const fromEvent = (e: EventDetail): Line[] => e.budget.lines.map((l) => ({ key: l.id, item: l.item, unit: l.unit ?? '', quantity: l.quantity, unitPrice: l.unitPrice, category: l.category }))
/** The server's message for a line ("lines.2.unitPrice" → line 2). */
const lineProblem = (error: unknown, i: number) => (error instanceof ApiError ? Object.entries(error.fields).find(([k]) => k.startsWith(`lines.${i}.`))?.[1] : undefined)

export function BudgetTab({ event }: { event: EventDetail }) {
  const [lines, setLines] = useState<Line[]>(() => fromEvent(event))
  const [dirty, setDirty] = useState(false)
  const [actuals, setActuals] = useState<Record<string, number | null>>({})
  const [occurredOn, setOccurredOn] = useState(fromIsoDate(event.eventDate))
  useEffect(() => { if (!dirty) setLines(fromEvent(event)) }, [event, dirty])
  const edit = (i: number, patch: Partial<Line>) => { setLines(lines.map((x, j) => (j === i ? { ...x, ...patch } : x))); setDirty(true) }
  const save = useEventMutation(event.id, () => api.put<EventDetail>(`/api/events/${event.id}/budget`, {
    version: event.version, lines: lines.map((l) => ({ item: l.item, unit: l.unit, quantity: l.quantity, unitPrice: l.unitPrice, category: l.category })),
  }), () => setDirty(false))
  const settle = useEventMutation(event.id, () => api.post<EventDetail>(`/api/events/${event.id}/settlement`, {
    version: event.version, occurredOn: toIsoDate(occurredOn), actuals: event.budget.lines.map((l) => ({ lineId: l.id, actualAmount: actuals[l.id] ?? l.amount })),
  }))
  const editable = event.can.edit && event.status !== 'settled'
  const total = lines.reduce((s, l) => s + (l.quantity ?? 0) * (l.unitPrice ?? 0), 0)
  const fund = event.budget.fund
  return (
    <>
      <Card title="Dự toán kinh phí" style={{ marginBottom: 16 }}>
        {fund && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} data-testid="fund-balance">
            <Descriptions.Item label={`Quỹ thi đua, khen thưởng năm ${fund.year}`}>{event.organization.name}</Descriptions.Item>
            <Descriptions.Item label="Số dư quỹ">{vnd(fund.balance)}</Descriptions.Item>
            <Descriptions.Item label="Đã chi trong năm">{vnd(fund.spending)}</Descriptions.Item>
          </Descriptions>
        )}
        {save.error && <Alert type="error" showIcon title={toApiError(save.error).message} style={{ marginBottom: 12 }} data-testid="budget-error" />}
        <Table<Line> rowKey="key" size="small" pagination={false} dataSource={lines} data-testid="budget-table"
          columns={[
            { title: 'STT', key: 'n', width: 50, render: (_, __, i) => i + 1 },
            {
              title: 'Nội dung chi', key: 'item', width: 260,
              render: (_, l, i) => (editable ? (
                <>
                  <Input value={l.item} status={lineProblem(save.error, i) ? 'error' : undefined} onChange={(e) => edit(i, { item: e.target.value })} aria-label="Nội dung chi" data-testid="budget-item" />
                  {lineProblem(save.error, i) && <Typography.Text type="danger">{lineProblem(save.error, i)}</Typography.Text>}
                </>
              ) : l.item),
            },
            { title: 'Loại chi', key: 'category', width: 190, render: (_, l, i) => (editable ? <Select value={l.category} style={{ width: '100%' }} onChange={(v: BudgetCategory) => edit(i, { category: v })} options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: BUDGET_CATEGORY_LABELS[c] }))} aria-label="Loại chi" /> : BUDGET_CATEGORY_LABELS[l.category]) },
            { title: 'ĐVT', key: 'unit', width: 90, render: (_, l, i) => (editable ? <Input value={l.unit} onChange={(e) => edit(i, { unit: e.target.value })} aria-label="Đơn vị tính" /> : l.unit) },
            { title: 'Số lượng', key: 'quantity', width: 100, render: (_, l, i) => (editable ? <InputNumber min={1} value={l.quantity} onChange={(v) => edit(i, { quantity: v })} aria-label="Số lượng" data-testid="budget-quantity" /> : l.quantity) },
            { title: 'Đơn giá (đ)', key: 'unitPrice', width: 130, render: (_, l, i) => (editable ? <InputNumber min={0} step={1000} value={l.unitPrice} onChange={(v) => edit(i, { unitPrice: v })} style={{ width: '100%' }} aria-label="Đơn giá" data-testid="budget-price" /> : vnd(l.unitPrice)) },
            { title: 'Thành tiền', key: 'amount', width: 120, align: 'right', render: (_, l) => vnd((l.quantity ?? 0) * (l.unitPrice ?? 0)) },
            ...(editable ? [{ title: '', key: 'remove', width: 50, render: (_: unknown, __: Line, i: number) => <Button size="small" danger icon={<DeleteOutlined />} onClick={() => { setLines(lines.filter((_, j) => j !== i)); setDirty(true) }} aria-label="Xóa dòng" /> }] : []),
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={6}><strong>Tổng cộng</strong></Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right"><strong data-testid="budget-total">{vnd(total)}</strong></Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        {editable && (
          <Space style={{ marginTop: 12 }}>
            <Button icon={<PlusOutlined />} onClick={() => { setLines([...lines, { key: crypto.randomUUID(), item: '', unit: '', quantity: 1, unitPrice: 0, category: 'movement' }]); setDirty(true) }} data-testid="budget-add">Thêm dòng</Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(undefined)} data-testid="budget-save">Lưu dự toán</Button>
          </Space>
        )}
      </Card>
      {(event.status === 'held' || event.status === 'settled') && event.budget.lines.length > 0 && (
        <Card title="Quyết toán kinh phí">
          {settle.error && <Alert type="error" showIcon title={toApiError(settle.error).message} style={{ marginBottom: 12 }} data-testid="settle-error" />}
          <Table rowKey="id" size="small" pagination={false} dataSource={event.budget.lines} data-testid="settlement-table"
            columns={[
              { title: 'Nội dung chi', dataIndex: 'item' },
              { title: 'Dự toán', key: 'amount', width: 140, align: 'right', render: (_, l) => vnd(l.amount) },
              {
                title: 'Thực chi (đ)', key: 'actual', width: 170,
                render: (_, l) => (event.can.settle
                  ? <InputNumber min={0} step={1000} value={actuals[l.id] ?? l.amount} onChange={(v) => setActuals({ ...actuals, [l.id]: v })} style={{ width: '100%' }} aria-label={`Thực chi: ${l.item}`} data-testid="settle-actual" />
                  : vnd(l.actualAmount)),
              },
              { title: 'Sổ quỹ', key: 'fund', width: 120, render: (_, l) => (l.fundLineId ? 'Đã ghi chi' : '') },
            ]} />
          {event.can.settle && (
            <Space style={{ marginTop: 12 }}>
              <span>Ngày chi:</span>
              <DatePicker format={DATE_FORMAT} value={occurredOn} onChange={setOccurredOn} />
              <Button type="primary" icon={<CalculatorOutlined />} loading={settle.isPending} onClick={() => settle.mutate(undefined)} data-testid="budget-settle">Quyết toán và ghi chi vào quỹ</Button>
            </Space>
          )}
          {event.budget.actual !== null && <Typography.Paragraph style={{ marginTop: 12 }} data-testid="settled-total">Đã quyết toán: thực chi {vnd(event.budget.actual)}.</Typography.Paragraph>}
        </Card>
      )}
    </>
  )
}
