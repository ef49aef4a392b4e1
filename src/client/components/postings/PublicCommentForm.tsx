// The public's comment form (góp ý) on a posted list: name, contact, about whom (or the whole list), content.
// The "website" field is a honeypot: hidden from people (and from screen readers), filled in by robots.
import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Form, Input, Result, Select } from 'antd'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { publicRequest } from './public-api.ts'
import type { PublicPosting } from './posting-queries.ts'

interface Values {
  authorName: string
  authorContact: string
  nominationId: string
  content: string
  website: string
}

const WHOLE_LIST = ''

export function PublicCommentForm({ posting }: { posting: PublicPosting }) {
  const [form] = Form.useForm<Values>()
  const { problem, report, clear } = useFormProblem(form)
  const [received, setReceived] = useState<string | null>(null)
  const send = useMutation({
    mutationFn: (values: Values) =>
      publicRequest<{ message: string }>('POST', `/api/public/postings/${posting.id}/comments`, {
        authorName: values.authorName, authorContact: values.authorContact || null, nominationId: values.nominationId || null,
        content: values.content, website: values.website,
      }),
    onSuccess: (answer) => {
      form.resetFields()
      setReceived(answer.message)
    },
    onError: report,
  })

  if (received) {
    return (
      <Result
        status="success"
        title="Cảm ơn bạn đã góp ý"
        subTitle={received}
        data-testid="public-comment-received"
        extra={<Button onClick={() => setReceived(null)}>Gửi góp ý khác</Button>}
      />
    )
  }
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="Góp ý của bạn được gửi đến cơ quan công khai danh sách và phải được xem xét, xử lý trước khi quyết định khen thưởng." />
      <FormProblemAlert problem={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ authorName: '', authorContact: '', nominationId: WHOLE_LIST, content: '', website: '' }}
        onFinish={(values) => {
          clear()
          send.mutate(values)
        }}
        data-testid="public-comment-form"
      >
        <Form.Item label="Họ và tên" name="authorName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ và tên' }, { max: 200, message: 'Họ và tên tối đa 200 ký tự' }]}>
          <Input autoComplete="name" data-testid="public-comment-name" />
        </Form.Item>
        <Form.Item label="Điện thoại hoặc email (không bắt buộc)" name="authorContact" rules={[{ max: 200, message: 'Tối đa 200 ký tự' }]}>
          <Input autoComplete="tel" data-testid="public-comment-contact" />
        </Form.Item>
        <Form.Item label="Góp ý về" name="nominationId">
          <Select
            data-testid="public-comment-about"
            options={[{ value: WHOLE_LIST, label: 'Cả danh sách' }, ...posting.items.map((i) => ({ value: i.nominationId, label: `${i.position}. ${i.name} — ${i.targetName}` }))]}
          />
        </Form.Item>
        <Form.Item label="Nội dung góp ý" name="content" rules={[{ required: true, whitespace: true, message: 'Hãy nhập nội dung góp ý' }, { max: 4000, message: 'Nội dung tối đa 4000 ký tự' }]}>
          <Input.TextArea rows={5} showCount maxLength={4000} data-testid="public-comment-content" />
        </Form.Item>
        <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
          <Form.Item label="Trang web" name="website">
            <Input tabIndex={-1} autoComplete="off" data-testid="public-comment-website" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={send.isPending} block data-testid="public-comment-send">
          Gửi góp ý
        </Button>
      </Form>
    </>
  )
}
