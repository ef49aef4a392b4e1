// The editable header of a draft decision: trích yếu, căn cứ (one per line), date, signing form, signer.
// Saved with the version; server problems go under their fields, a stale version offers "Tải lại".
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '../../api.ts'
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../format.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { DECISIONS_KEY, SIGNING_FORM_OPTIONS, type DecisionDetail } from './decision-queries.ts'

interface Values {
  title: string
  bases: string
  decisionDate: Dayjs | null
  signingForm: string
  signerTitle: string
  signerName: string
}

const valuesOf = (d: DecisionDetail): Values => ({
  title: d.title, bases: d.bases.join('\n'), decisionDate: fromIsoDate(d.decisionDate), signingForm: d.signingForm, signerTitle: d.signerTitle, signerName: d.signerName,
})

export function DecisionHeaderForm({ decision }: { decision: DecisionDetail }) {
  const [form] = Form.useForm<Values>()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const save = useMutation({
    mutationFn: (v: Values) =>
      api.patch<DecisionDetail>(`/api/decisions/${decision.id}`, {
        version: decision.version, title: v.title, bases: v.bases.split('\n').map((b) => b.trim()).filter(Boolean),
        decisionDate: toIsoDate(v.decisionDate), signingForm: v.signingForm, signerTitle: v.signerTitle, signerName: v.signerName,
      }),
    onSuccess: () => {
      clear()
      void queryClient.invalidateQueries({ queryKey: DECISIONS_KEY })
    },
    onError: report,
  })
  return (
    <Form form={form} layout="vertical" initialValues={valuesOf(decision)} onFinish={(v) => save.mutate(v)} data-testid="decision-header-form">
      <FormProblemAlert problem={problem} onReload={() => { clear(); void queryClient.invalidateQueries({ queryKey: DECISIONS_KEY }) }} />
      <Form.Item name="title" label="Trích yếu" rules={[{ required: true, message: 'Trích yếu là bắt buộc' }]}>
        <Input data-testid="decision-title" />
      </Form.Item>
      <Form.Item name="bases" label="Căn cứ (mỗi dòng một căn cứ)">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="decision-bases" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="decisionDate" label="Ngày quyết định" rules={[{ required: true, message: 'Ngày quyết định là bắt buộc' }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="decision-date" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="signingForm" label="Thẩm quyền ký">
            <Select options={SIGNING_FORM_OPTIONS} popupMatchSelectWidth={false} data-testid="decision-signing-form" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="signerTitle" label="Chức vụ người ký" rules={[{ required: true, message: 'Chức vụ người ký là bắt buộc' }]}>
            <Input data-testid="decision-signer-title" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="signerName" label="Họ tên người ký">
            <Input data-testid="decision-signer-name" />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="decision-save">
        Lưu dự thảo
      </Button>
    </Form>
  )
}
