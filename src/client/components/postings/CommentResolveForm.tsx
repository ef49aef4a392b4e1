// The officer's answer to one comment (kết quả xử lý góp ý): required; who and when are recorded by the server.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Form, Input } from 'antd'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { POSTINGS_KEY, postingKey, type PostingDetail } from './posting-queries.ts'

export function CommentResolveForm({ postingId, commentId }: { postingId: string; commentId: string }) {
  const [form] = Form.useForm<{ resolution: string }>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const resolve = useMutation({
    mutationFn: (resolution: string) => api.post<PostingDetail>(`/api/postings/${postingId}/comments/${commentId}/resolve`, { resolution }),
    onSuccess: async (posting) => {
      message.success('Đã ghi kết quả xử lý góp ý')
      queryClient.setQueryData(postingKey(postingId), posting)
      await queryClient.invalidateQueries({ queryKey: [...POSTINGS_KEY, 'list'] })
    },
    onError: report,
  })
  const reload = () => {
    clear()
    void queryClient.invalidateQueries({ queryKey: postingKey(postingId) })
  }
  return (
    <>
      <FormProblemAlert problem={problem} onReload={reload} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          clear()
          resolve.mutate(values.resolution)
        }}
      >
        <Form.Item label="Kết quả xử lý" name="resolution" rules={[{ required: true, whitespace: true, message: 'Hãy nhập kết quả xử lý góp ý' }, { max: 4000 }]} style={{ marginBottom: 8 }}>
          <Input.TextArea rows={2} placeholder="Đã xác minh…, đã trả lời người góp ý…, đã điều chỉnh danh sách…" data-testid="comment-resolution" />
        </Form.Item>
        <Button htmlType="submit" type="primary" size="small" loading={resolve.isPending} data-testid="comment-resolve">
          Ghi kết quả xử lý
        </Button>
      </Form>
    </>
  )
}
