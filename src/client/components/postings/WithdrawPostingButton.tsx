// "Thu hồi" a posting, with the reason (kept in the audit log); the public page then answers "not found".
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Form, Input, Modal } from 'antd'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { POSTINGS_KEY, postingKey, type PostingDetail } from './posting-queries.ts'

export function WithdrawPostingButton({ posting }: { posting: PostingDetail }) {
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const withdraw = useMutation({
    mutationFn: (reason: string) => api.post<PostingDetail>(`/api/postings/${posting.id}/withdraw`, { version: posting.version, reason }),
    onSuccess: async (updated) => {
      message.success('Đã thu hồi danh sách công khai')
      queryClient.setQueryData(postingKey(posting.id), updated)
      await queryClient.invalidateQueries({ queryKey: [...POSTINGS_KEY, 'list'] })
      setOpen(false)
    },
    onError: report,
  })
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="posting-withdraw">
        Thu hồi
      </Button>
      <Modal
        open={open}
        title="Thu hồi danh sách công khai"
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            Hủy
          </Button>,
          <Button key="ok" danger type="primary" loading={withdraw.isPending} onClick={() => form.submit()} data-testid="posting-withdraw-confirm">
            Thu hồi
          </Button>,
        ]}
        destroyOnHidden
      >
        <FormProblemAlert
          problem={problem}
          onReload={() => {
            clear()
            void queryClient.invalidateQueries({ queryKey: postingKey(posting.id) })
          }}
        />
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => {
            clear()
            withdraw.mutate(values.reason)
          }}
        >
          <Form.Item label="Lý do thu hồi" name="reason" rules={[{ required: true, whitespace: true, message: 'Hãy nhập lý do thu hồi' }, { max: 1000 }]}>
            <Input.TextArea rows={3} data-testid="posting-withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
