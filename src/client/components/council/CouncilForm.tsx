// Sets up the council of the organization, or edits its name, founding decision and rules (the shares are
// the council's own rules ❓, entered as percentages).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Form, Input, InputNumber } from 'antd'
import { COUNCIL_SETTINGS_NOTE, DEFAULT_MAJORITY_SHARE, DEFAULT_QUORUM_SHARE } from '../../../shared/council-rules.ts'
import { api } from '../../api.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { councilKeys, type CouncilDetail } from './council-queries.ts'

interface Values {
  name: string
  establishedBy?: string
  quorumPercent: number
  majorityPercent: number
}

const percent = (share: number) => Math.round(share * 10000) / 100

export function CouncilForm({ organization, council, onClose }: { organization: { id: string; name: string }; council: CouncilDetail | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  // After a conflict: drop the stale copy and close; the list shows the newest version to edit again.
  const reloadAndClose = () => {
    void queryClient.invalidateQueries({ queryKey: councilKeys.all })
    onClose()
  }
  const save = useMutation({
    mutationFn: (v: Values) => {
      const fields = { name: v.name, establishedBy: v.establishedBy ?? null, quorumShare: v.quorumPercent / 100, majorityShare: v.majorityPercent / 100 }
      return council ? api.patch(`/api/councils/${council.id}`, { version: council.version, ...fields }) : api.post('/api/councils', { organizationId: organization.id, ...fields })
    },
    onSuccess: async () => {
      message.success(council ? 'Đã lưu thông tin Hội đồng' : 'Đã thành lập Hội đồng')
      await queryClient.invalidateQueries({ queryKey: councilKeys.all })
      onClose()
    },
    onError: report,
  })
  return (
    <FormDrawer title={council ? 'Sửa thông tin Hội đồng' : `Thành lập Hội đồng của ${organization.name}`} onClose={onClose} formId="council-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={council ? reloadAndClose : undefined} />
      <Form<Values>
        name="council-form"
        form={form}
        layout="vertical"
        initialValues={{
          name: council?.name ?? `Hội đồng Thi đua – Khen thưởng ${organization.name.charAt(0).toLocaleLowerCase('vi')}${organization.name.slice(1)}`,
          establishedBy: council?.establishedBy ?? undefined,
          quorumPercent: percent(council?.quorumShare ?? DEFAULT_QUORUM_SHARE),
          majorityPercent: percent(council?.majorityShare ?? DEFAULT_MAJORITY_SHARE),
        }}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
      >
        <Form.Item label="Tên Hội đồng" name="name" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên Hội đồng' }]}>
          <Input data-testid="council-name" />
        </Form.Item>
        <Form.Item label="Quyết định thành lập" name="establishedBy" extra="Ví dụ: Quyết định số 15/QĐ-UBND ngày 02/01/2025 của Chủ tịch UBND xã">
          <Input />
        </Form.Item>
        <Alert type="info" showIcon title={COUNCIL_SETTINGS_NOTE} style={{ marginBottom: 16 }} />
        <Form.Item label="Tỷ lệ thành viên dự họp tối thiểu (%)" name="quorumPercent" rules={[{ required: true, message: 'Hãy nhập tỷ lệ' }]} extra="66,67% = 2/3 tổng số thành viên">
          <InputNumber min={0.01} max={100} step={0.01} decimalSeparator="," style={{ width: 160 }} data-testid="council-quorum" />
        </Form.Item>
        <Form.Item
          label="Tỷ lệ biểu quyết theo quy chế (%)"
          name="majorityPercent"
          rules={[{ required: true, message: 'Hãy nhập tỷ lệ' }]}
          extra="Nội dung không bắt buộc bỏ phiếu theo Nghị định được thông qua khi số đồng ý VƯỢT tỷ lệ này của tổng số thành viên (50% = quá nửa)."
        >
          <InputNumber min={50} max={99.99} step={0.01} decimalSeparator="," style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
