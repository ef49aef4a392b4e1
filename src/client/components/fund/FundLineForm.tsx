// The drawer to record an income line (Ghi thu) or a spending line (Ghi chi). The server checks the balance
// and the ceilings; its per-field messages (Số tiền…) go under the fields and what was typed stays.
import { Form, Input, InputNumber, Select } from 'antd'
import { useMutation } from '@tanstack/react-query'
import type { FundCategory } from '../../../shared/fund.ts'
import { api } from '../../api.ts'
import { todayIso } from '../../format.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { incomeOptions, spendingOptions } from './fund-ui.ts'

interface Values { category: FundCategory; occurredOn: string | null; description: string; amount: number | null; counterparty?: string }

interface Props {
  kind: 'income' | 'spending'
  organizationId: string
  year: number
  onClose: () => void
  onSaved: () => void
}

export function FundLineForm({ kind, organizationId, year, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>()
  const { problem, report, clear } = useFormProblem(form)
  const category = Form.useWatch('category', form)
  const today = todayIso()
  const save = useMutation({
    mutationFn: (v: Values) => api.post(`/api/fund/${kind}`, { organizationId, year, ...v, counterparty: kind === 'income' ? v.counterparty ?? null : undefined }),
    onSuccess: () => {
      clear()
      onSaved()
    },
    onError: report,
  })
  const formId = `fund-${kind}-form`
  return (
    <FormDrawer title={kind === 'income' ? `Ghi thu vào quỹ năm ${year}` : `Ghi chi từ quỹ năm ${year}`} onClose={onClose} formId={formId} saving={save.isPending}>
      <FormProblemAlert problem={problem} />
      <Form<Values>
        id={formId}
        form={form}
        layout="vertical"
        initialValues={{ category: kind === 'income' ? 'allocation' : 'award_items', occurredOn: today.startsWith(`${year}-`) ? today : `${year}-01-01` }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="category" label={kind === 'income' ? 'Loại khoản thu' : 'Loại khoản chi'} rules={[{ required: true, message: 'Chọn loại' }]}>
          <Select<FundCategory> options={kind === 'income' ? incomeOptions : spendingOptions} data-testid="fund-line-category" />
        </Form.Item>
        <Form.Item name="occurredOn" label="Ngày ghi sổ" rules={[{ required: true, message: 'Ngày ghi sổ là bắt buộc' }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="description" label="Nội dung" rules={[{ required: true, whitespace: true, message: 'Nội dung là bắt buộc' }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="fund-line-description" />
        </Form.Item>
        {kind === 'income' && category === 'contribution' && (
          <Form.Item name="counterparty" label="Tổ chức, cá nhân đóng góp" rules={[{ required: true, whitespace: true, message: 'Tổ chức, cá nhân đóng góp là bắt buộc' }]}>
            <Input maxLength={300} data-testid="fund-line-counterparty" />
          </Form.Item>
        )}
        <Form.Item name="amount" label="Số tiền (đồng)" rules={[{ required: true, message: 'Số tiền là bắt buộc' }]}>
          <InputNumber<number> min={1} step={100000} style={{ width: '100%' }} formatter={(v) => (v ? Number(v).toLocaleString('vi-VN') : '')} parser={(v) => Number((v ?? '').replace(/\D/g, ''))} data-testid="fund-line-amount" />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
