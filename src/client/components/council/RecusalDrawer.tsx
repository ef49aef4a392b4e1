// The chair's decision that a member does not vote on an item (miễn biểu quyết), with its reason.
import { Form, Input, Select } from 'antd'
import { api } from '../../api.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import type { ItemView, SessionDetail } from './council-queries.ts'
import { useSessionAction } from './useSessionAction.ts'

export function RecusalDrawer({ session, item, onClose }: { session: SessionDetail; item: ItemView; onClose: () => void }) {
  const [form] = Form.useForm<{ memberId: string; reason: string }>()
  const { problem, report, clear } = useFormProblem(form)
  const save = useSessionAction(
    session.id,
    (v: { memberId: string; reason: string }) => api.post<SessionDetail>(`/api/council-items/${item.id}/recusals`, v),
    'Đã ghi miễn biểu quyết',
    report,
  )
  const recused = new Set(item.recusals.map((r) => r.memberId))
  return (
    <FormDrawer title={`Miễn biểu quyết — ${item.nominee.name}`} onClose={onClose} formId="recusal-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} />
      <Form name="recusal-form" form={form} layout="vertical" onFinish={(v) => { clear(); save.mutate(v, { onSuccess: onClose }) }}>
        <Form.Item label="Thành viên" name="memberId" rules={[{ required: true, message: 'Hãy chọn thành viên' }]}>
          <Select options={session.members.filter((m) => !recused.has(m.id)).map((m) => ({ value: m.id, label: `${m.fullName} — ${m.roleLabel}` }))} data-testid="recusal-member" />
        </Form.Item>
        <Form.Item label="Lý do không tham gia biểu quyết" name="reason" rules={[{ required: true, whitespace: true, message: 'Hãy nêu lý do' }]}>
          <Input.TextArea rows={3} placeholder="Là người thân của người được đề nghị" />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
