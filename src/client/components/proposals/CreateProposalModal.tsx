// "Lập tờ trình": whom the proposal goes to — the level above on tdkt (the server picks the level that
// decides, else the parent) or a body outside tdkt named in words — and the title (empty: the default).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Form, Input, Modal, Radio, Typography } from 'antd'
import { useNavigate } from 'react-router'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { refreshProposals, type NominationLine, type ProposalDetail } from './proposal-queries.ts'

interface Values {
  outside: boolean
  toName: string
  title: string
}

export function CreateProposalModal({ chosen, onClose }: { chosen: NominationLine[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const { problem, report, clear } = useFormProblem(form)
  const outside = Form.useWatch('outside', form) as boolean | undefined
  const create = useMutation({
    mutationFn: (values: Values) =>
      api.post<ProposalDetail>('/api/proposals', {
        nominationIds: chosen.map((n) => n.nominationId),
        ...(values.outside ? { toOrganizationId: null } : {}),
        toName: values.toName.trim() || undefined,
        title: values.title.trim() || undefined,
      }),
    onSuccess: async (saved) => {
      await refreshProposals(queryClient, saved)
      onClose()
      navigate(`/trinh-cap-tren/${saved.id}`)
    },
    onError: report,
  })
  const destinations = [...new Set(chosen.map((n) => n.destination.label))]
  return (
    <Modal open title="Lập tờ trình đề nghị cấp trên khen thưởng" okText="Lập dự thảo" cancelText="Hủy" onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      <FormProblemAlert problem={problem} />
      <Typography.Paragraph>
        {chosen.length} đề nghị; nơi quyết định: {destinations.join('; ')}.
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="proposal-create"
        layout="vertical"
        initialValues={{ outside: chosen.every((n) => n.destination.organizationId === null), toName: '', title: '' }}
        onFinish={(values) => {
          clear()
          create.mutate(values)
        }}
      >
        <Form.Item name="outside" label="Gửi tới">
          <Radio.Group data-testid="proposal-create-outside">
            <Radio value={false}>Cấp trên trong hệ thống</Radio>
            <Radio value={true}>Cơ quan không dùng hệ thống (xuất gói hồ sơ ZIP)</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="toName"
          label="Kính gửi"
          extra={outside ? undefined : 'Để trống: Chủ tịch hoặc tên chính thức của cấp nhận.'}
          rules={outside ? [{ required: true, whitespace: true, message: 'Hãy ghi tên cơ quan, người nhận' }] : []}
        >
          <Input placeholder="Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên" maxLength={300} data-testid="proposal-create-to-name" />
        </Form.Item>
        <Form.Item name="title" label="Trích yếu" extra="Để trống: «Tờ trình đề nghị … khen thưởng».">
          <Input maxLength={500} data-testid="proposal-create-title" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
