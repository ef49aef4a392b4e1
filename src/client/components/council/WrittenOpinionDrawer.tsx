// The officer records an absent member's written opinion (ý kiến bằng văn bản) on an item while voting is open.
import { Form, Input, Radio, Select } from 'antd'
import { BALLOT_CHOICE_LABELS, BALLOT_CHOICES, type BallotChoice } from '../../../shared/council-rules.ts'
import { api } from '../../api.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import type { ItemView, SessionDetail } from './council-queries.ts'
import { useSessionAction } from './useSessionAction.ts'

interface Values {
  memberId: string
  choice: BallotChoice
  note?: string
}

export function WrittenOpinionDrawer({ session, item, onClose }: { session: SessionDetail; item: ItemView; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { problem, report, clear } = useFormProblem(form)
  const save = useSessionAction(
    session.id,
    (v: Values) => api.put<SessionDetail>(`/api/council-items/${item.id}/written-opinion`, { ...v, note: v.note || null }),
    'Đã ghi ý kiến bằng văn bản',
    report,
  )
  const recused = new Set(item.recusals.map((r) => r.memberId))
  const absent = session.members.filter((m) => m.present === false && !recused.has(m.id))
  return (
    <FormDrawer title={`Ý kiến bằng văn bản — ${item.nominee.name}`} onClose={onClose} formId="opinion-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} />
      <Form<Values> name="opinion-form" form={form} layout="vertical" onFinish={(v) => { clear(); save.mutate(v, { onSuccess: onClose }) }}>
        <Form.Item label="Thành viên vắng mặt" name="memberId" rules={[{ required: true, message: 'Hãy chọn thành viên vắng mặt' }]}>
          <Select options={absent.map((m) => ({ value: m.id, label: `${m.fullName} — ${m.roleLabel}` }))} notFoundContent="Không có thành viên vắng mặt" data-testid="opinion-member" />
        </Form.Item>
        <Form.Item label="Ý kiến" name="choice" rules={[{ required: true, message: 'Hãy chọn ý kiến' }]}>
          <Radio.Group options={BALLOT_CHOICES.map((c) => ({ value: c, label: BALLOT_CHOICE_LABELS[c] }))} data-testid="opinion-choice" />
        </Form.Item>
        <Form.Item label="Ghi chú" name="note">
          <Input.TextArea rows={2} placeholder="Văn bản ký ngày …" />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
