// "Ghi kết quả": the level above's answer for one nomination — decided (the decision's number, date and
// issuer; the registry row is written) or not commended (the reason).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Form, Input, Modal, Radio, Typography } from 'antd'
import { api, ApiError, toApiError } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { refreshProposals, type ProposalDetail, type ProposalItemView } from './proposal-queries.ts'

interface Values {
  outcome: 'decided' | 'refused'
  decisionNumber: string
  decisionDate: string | null
  decisionIssuer: string
  reason: string
  note: string
}

/** "items.0.decisionDate" → "decisionDate": the form holds one answer. */
function ownFields(error: unknown): ApiError {
  const e = toApiError(error)
  return new ApiError(e.status, e.code, e.message, Object.fromEntries(Object.entries(e.fields).map(([key, message]) => [key.replace(/^items\.\d+\./, ''), message])))
}

export function AnswerModal({ proposal, item, onClose }: { proposal: ProposalDetail; item: ProposalItemView; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const outcome = Form.useWatch('outcome', form) as Values['outcome'] | undefined
  const answer = useMutation({
    mutationFn: (v: Values) =>
      api.post<ProposalDetail>(`/api/proposals/${proposal.id}/answers`, {
        version: proposal.version,
        note: v.note.trim() || undefined,
        items: [
          v.outcome === 'decided'
            ? { nominationId: item.nominationId, outcome: 'decided', decisionNumber: v.decisionNumber, decisionDate: v.decisionDate, decisionIssuer: v.decisionIssuer }
            : { nominationId: item.nominationId, outcome: 'refused', reason: v.reason },
        ],
      }),
    onSuccess: async (saved) => {
      await refreshProposals(queryClient, saved)
      onClose()
    },
    onError: (error) => report(ownFields(error)),
  })
  const required = (message: string) => [{ required: true, whitespace: true, message }]
  return (
    <Modal open title="Ghi kết quả trả lời của cấp trên" okText="Ghi kết quả" cancelText="Hủy" onOk={() => form.submit()} onCancel={onClose} confirmLoading={answer.isPending} destroyOnHidden>
      <FormProblemAlert problem={problem} />
      <Typography.Paragraph>
        <strong>{item.subject.name}</strong> — {item.targetName}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="proposal-answer"
        layout="vertical"
        initialValues={{ outcome: 'decided', decisionNumber: '', decisionDate: null, decisionIssuer: proposal.toName, reason: '', note: '' }}
        onFinish={(values) => {
          clear()
          answer.mutate(values)
        }}
      >
        <Form.Item name="outcome" label="Kết quả">
          <Radio.Group data-testid="proposal-answer-outcome">
            <Radio value="decided">Có quyết định khen thưởng</Radio>
            <Radio value="refused">Không khen thưởng</Radio>
          </Radio.Group>
        </Form.Item>
        {outcome !== 'refused' ? (
          <>
            <Form.Item name="decisionNumber" label="Số quyết định" rules={required('Hãy ghi số quyết định')}>
              <Input placeholder="Ví dụ: 2150/QĐ-UBND" maxLength={100} data-testid="proposal-answer-number" />
            </Form.Item>
            <Form.Item name="decisionDate" label="Ngày quyết định" rules={[{ required: true, message: 'Hãy chọn ngày quyết định' }]}>
              <IsoDatePicker />
            </Form.Item>
            <Form.Item name="decisionIssuer" label="Cơ quan, người quyết định" rules={required('Hãy ghi cơ quan, người quyết định')}>
              <Input maxLength={300} data-testid="proposal-answer-issuer" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="reason" label="Lý do không khen thưởng" rules={required('Hãy ghi lý do')}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="proposal-answer-reason" />
          </Form.Item>
        )}
        <Form.Item name="note" label="Ghi chú trả lời (văn bản trả lời của cấp trên…)">
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
