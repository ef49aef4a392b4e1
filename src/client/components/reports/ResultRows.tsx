// The results of a report, one row per criterion of the plan (several rows may answer one criterion with different
// measures) or per indicator of the unit's own: what is counted, the figure, its parts ("trong đó") and a text.
// The problems of the figures show under their row as the user types, and the server's messages after a refusal.
import { Button, Card, Flex, Form, Input, InputNumber, Select, Space, Typography, type FormInstance } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { PlanCriterion } from '../../../shared/reports-periods.ts'
import { OWN_INDICATOR, shortCriterion, type ReportFormValues } from './report-ui.ts'

interface Props {
  form: FormInstance<ReportFormValues>
  criteria: readonly PlanCriterion[]
  messages: Record<number, string[]>
  editable: boolean
}

export function ResultRows({ form, criteria, messages, editable }: Props) {
  const options = [...criteria.map((c) => ({ value: c.key, label: shortCriterion(c.text), title: c.text })), { value: OWN_INDICATOR, label: 'Chỉ tiêu riêng của đơn vị', title: 'Chỉ tiêu riêng của đơn vị' }]
  return (
    <Form.List name="results">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field) => (
            <Card key={field.key} size="small" data-testid="report-result-row">
              <ResultRow form={form} name={field.name} options={options} messages={messages[field.name] ?? []} onRemove={editable ? () => remove(field.name) : null} />
            </Card>
          ))}
          {editable && (
            <Space wrap>
              <Button icon={<PlusOutlined />} onClick={() => add({ criterionKey: criteria[0]?.key ?? OWN_INDICATOR, parts: [] })} disabled={criteria.length === 0}>Thêm kết quả theo tiêu chí</Button>
              <Button icon={<PlusOutlined />} onClick={() => add({ criterionKey: OWN_INDICATOR, parts: [] })} data-testid="report-add-own">Thêm chỉ tiêu riêng</Button>
            </Space>
          )}
        </Flex>
      )}
    </Form.List>
  )
}

function ResultRow({ form, name, options, messages, onRemove }: { form: FormInstance<ReportFormValues>; name: number; options: { value: string; label: string; title: string }[]; messages: string[]; onRemove: (() => void) | null }) {
  const key = Form.useWatch(['results', name, 'criterionKey'], form) as string | undefined
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="start">
        <Form.Item name={[name, 'criterionKey']} noStyle>
          <Select style={{ flex: '1 1 380px', minWidth: 260 }} options={options} aria-label="Tiêu chí" optionRender={(o) => <span title={o.data.title}>{o.label}</span>} />
        </Form.Item>
        {onRemove && <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label="Xóa kết quả" />}
      </Flex>
      {key === OWN_INDICATOR && (
        <Form.Item name={[name, 'criterion']} noStyle><Input placeholder="Tên chỉ tiêu (ví dụ: Học sinh đạt giải các cuộc thi)" aria-label="Tên chỉ tiêu" /></Form.Item>
      )}
      <Flex gap={8} wrap align="start">
        <Form.Item name={[name, 'measure']} noStyle><Input style={{ width: 280 }} placeholder="Chỉ số (ví dụ: số hộ thoát nghèo)" aria-label="Chỉ số" /></Form.Item>
        <Form.Item name={[name, 'value']} noStyle><InputNumber min={0} style={{ width: 160 }} placeholder="Tổng số" aria-label="Tổng số" decimalSeparator="," /></Form.Item>
      </Flex>
      <Form.List name={[name, 'parts']}>
        {(parts, { add, remove }) => (
          <Flex vertical gap={6} style={{ paddingLeft: 16 }}>
            {parts.map((part) => (
              <Flex key={part.key} gap={8} align="center" wrap>
                <Typography.Text type="secondary">trong đó</Typography.Text>
                <Form.Item name={[part.name, 'label']} noStyle><Input style={{ width: 240 }} placeholder="Chỉ tiêu" aria-label="Trong đó: chỉ tiêu" /></Form.Item>
                <Form.Item name={[part.name, 'value']} noStyle><InputNumber min={0} style={{ width: 140 }} placeholder="Số liệu" aria-label="Trong đó: số liệu" decimalSeparator="," /></Form.Item>
                {onRemove && <Button size="small" icon={<DeleteOutlined />} onClick={() => remove(part.name)} aria-label="Xóa dòng trong đó" />}
              </Flex>
            ))}
            {onRemove && <Button size="small" type="dashed" icon={<PlusOutlined />} style={{ alignSelf: 'flex-start' }} onClick={() => add({})}>Thêm «trong đó»</Button>}
          </Flex>
        )}
      </Form.List>
      <Form.Item name={[name, 'text']} noStyle><Input.TextArea rows={2} placeholder="Kết quả (nội dung)" aria-label="Kết quả (nội dung)" /></Form.Item>
      {messages.map((m) => <Typography.Text key={m} type="danger" data-testid="report-row-problem">{m}</Typography.Text>)}
    </Flex>
  )
}
