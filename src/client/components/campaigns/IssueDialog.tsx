// "Ban hành…": the issue date (today by default) and the number — empty takes the next one from
// the issuer's register, whose last number is shown. The issued number is announced on success.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import { api, toQuery } from '../../api.ts'
import { formatDate, todayIso } from '../../format.ts'
import type { CampaignDetail, RegisterEntry } from '../../types.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { IsoDatePicker } from './IsoDatePicker.tsx'
import { refreshAfterWrite } from './campaign-queries.ts'

interface Values {
  issuedOn: string | null
  number: string
}

/** '2025' → 'năm 2025'; 'term:2020-2025' → 'nhiệm kỳ 2020-2025'. */
const periodLabel = (periodKey: string) => (periodKey.startsWith('term:') ? `nhiệm kỳ ${periodKey.slice(5)}` : `năm ${periodKey}`)

function RegisterNote({ issuerId, issuedOn }: { issuerId: string; issuedOn: string }) {
  const year = Number(issuedOn.slice(0, 4))
  const { data, error } = useQuery({
    queryKey: ['registers', issuerId, year],
    queryFn: () => api.get<RegisterEntry[]>(`/api/registers${toQuery({ issuerId, year })}`),
  })
  if (error) return <Alert type="warning" showIcon title={`Không đọc được sổ đăng ký: ${error.message}`} />
  if (!data) return null
  const register = data.find((entry) => entry.docType === 'KH')
  return (
    <Typography.Paragraph type="secondary" data-testid="register-note">
      {register
        ? `Sổ kế hoạch ${periodLabel(register.periodKey)}: số cuối cùng đã cấp là ${register.lastNumber}; để trống ô Số để lấy số ${register.lastNumber + 1}.`
        : `Sổ kế hoạch năm ${year} chưa cấp số nào; để trống ô Số để lấy số 01.`}
    </Typography.Paragraph>
  )
}

export function IssueDialog({ plan, version, onClose }: { plan: CampaignDetail; version: number; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const queryClient = useQueryClient()
  const { modal } = App.useApp()
  const { problem, report, clear } = useFormProblem(form)
  const issuedOn = (Form.useWatch('issuedOn', form) as string | null | undefined) || todayIso()

  const issue = useMutation({
    mutationFn: (values: Values) =>
      api.post<CampaignDetail>(`/api/campaigns/${plan.id}/issue`, { version, issuedOn: values.issuedOn ?? todayIso(), number: values.number.trim() || undefined }),
    onSuccess: (issued) => {
      onClose()
      void refreshAfterWrite(queryClient, issued)
      modal.success({ title: 'Đã ban hành kế hoạch', content: `Kế hoạch số ${issued.numberAndSymbol ?? ''} ngày ${formatDate(issued.issuedOn)}.` })
    },
    onError: report,
  })

  return (
    <Modal
      open
      title="Ban hành kế hoạch"
      okText="Ban hành"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Typography.Paragraph strong>{plan.title}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="issue"
        layout="vertical"
        initialValues={{ issuedOn: todayIso(), number: '' }}
        onFinish={(values) => {
          clear()
          issue.mutate(values)
        }}
      >
        <Form.Item label="Ngày ban hành" name="issuedOn" rules={[{ required: true, message: 'Hãy chọn ngày ban hành' }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item label="Số" name="number" rules={[{ pattern: /^\s*\d{1,6}\s*$/, message: 'Số văn bản chỉ gồm chữ số, ví dụ 141' }]}>
          <Input inputMode="numeric" placeholder="Để trống để lấy số tiếp theo" autoComplete="off" />
        </Form.Item>
      </Form>
      <RegisterNote issuerId={plan.issuerId} issuedOn={issuedOn} />
      <Alert type="warning" showIcon title="Sau khi ban hành, nội dung không thể sửa." />
    </Modal>
  )
}
