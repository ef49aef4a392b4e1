// "Gỡ" a published exemplar off the public board, with the reason (kept on the exemplar and in the audit log).
import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Button, Form, Input, Modal } from 'antd'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import type { ExemplarDetail, ExemplarSummary } from './honour-ui.ts'

export function WithdrawExemplarButton({ exemplar, onDone }: { exemplar: ExemplarSummary; onDone: (updated: ExemplarDetail) => void }) {
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const { problem, report, clear } = useFormProblem(form)
  const withdraw = useMutation({
    mutationFn: (reason: string) => api.post<ExemplarDetail>(`/api/honours/${exemplar.id}/withdraw`, { version: exemplar.version, reason }),
    onSuccess: (updated) => {
      setOpen(false)
      onDone(updated)
    },
    onError: report,
  })
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid="exemplar-withdraw">Gỡ</Button>
      <Modal
        open={open}
        title={`Gỡ khỏi bảng vinh danh: ${exemplar.title}`}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>Hủy</Button>,
          <Button key="ok" danger type="primary" loading={withdraw.isPending} onClick={() => form.submit()} data-testid="exemplar-withdraw-confirm">Gỡ</Button>,
        ]}
        destroyOnHidden
      >
        <FormProblemAlert problem={problem} />
        <Form form={form} layout="vertical" onFinish={(values) => { clear(); withdraw.mutate(values.reason) }}>
          <Form.Item label="Lý do gỡ" name="reason" rules={[{ required: true, whitespace: true, message: 'Hãy nhập lý do gỡ' }, { max: 1000 }]}>
            <Input.TextArea rows={3} data-testid="exemplar-withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
