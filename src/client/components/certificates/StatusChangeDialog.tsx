// "Cấp lại" (lost or damaged: a new code, the same serial) and "Hủy bỏ" (Luật TĐKT 2022, Điều 93: the
// certificate and its registry row are revoked): both ask why.
import { useMutation } from '@tanstack/react-query'
import { Alert, Form, Input, Modal, Typography } from 'antd'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import type { CertificateView } from './certificate-types.ts'

export type StatusChange = 'reissue' | 'cancel'

const TEXTS: Record<StatusChange, { title: string; ok: string; placeholder: string; warning: string }> = {
  reissue: {
    title: 'Cấp lại giấy khen',
    ok: 'Cấp lại',
    placeholder: 'Ví dụ: Giấy khen bị mất khi chuyển nhà; bị hư hỏng do ngập lụt',
    warning: 'Bản cũ sẽ không còn giá trị; bản cấp lại có mã xác minh mới và giữ số sổ vàng.',
  },
  cancel: {
    title: 'Hủy bỏ, thu hồi giấy khen',
    ok: 'Hủy bỏ giấy khen',
    placeholder: 'Ví dụ: Khai man thành tích (Quyết định số …/QĐ-UBND ngày … hủy bỏ quyết định khen thưởng)',
    warning: 'Theo Điều 93 Luật Thi đua, khen thưởng 2022: giấy khen hết giá trị và dòng khen thưởng trong sổ được ghi thu hồi. Không thể hoàn tác.',
  },
}

export function StatusChangeDialog({ change, certificate, onClose, onDone }: { change: StatusChange; certificate: CertificateView; onClose: () => void; onDone: (result: CertificateView) => void }) {
  const [form] = Form.useForm<{ reason: string }>()
  const { problem, report, clear } = useFormProblem(form)
  const text = TEXTS[change]
  const mutation = useMutation({
    mutationFn: (reason: string) => api.post<CertificateView>(`/api/certificates/${certificate.id}/${change}`, { reason, version: certificate.version }),
    onSuccess: onDone,
    onError: report,
  })

  return (
    <Modal
      open
      title={text.title}
      okText={text.ok}
      cancelText="Đóng"
      okButtonProps={{ danger: change === 'cancel', ...{ 'data-testid': 'certificate-change-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Typography.Paragraph>
        <strong>{certificate.awardeeName}</strong> — {certificate.awardName}
        <br />
        Số sổ vàng {certificate.serial}, mã xác minh <Typography.Text code>{certificate.code}</Typography.Text>
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          clear()
          mutation.mutate(values.reason)
        }}
      >
        <Form.Item label="Lý do" name="reason" rules={[{ required: true, whitespace: true, message: 'Hãy nêu lý do' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={text.placeholder} data-testid="certificate-change-reason" />
        </Form.Item>
      </Form>
      <Alert type={change === 'cancel' ? 'error' : 'warning'} showIcon title={text.warning} />
    </Modal>
  )
}
