// "Xét điều kiện ngay": pick a title or form and a date, and the subject's stored history is evaluated
// against the rules in force on that date. The question lives in the page's URL (shareable).
import { useEffect } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Form, Grid, InputNumber, Select, Skeleton, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import type { SubjectKind } from '../../../rules/types.ts'
import { api, toQuery } from '../../api.ts'
import { todayIso } from '../../format.ts'
import type { Evaluation } from '../../types.ts'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { labelMatches } from '../select-filter.ts'
import { evaluationKey, targetOptions, useTargets } from './eligibility-queries.ts'
import { EvaluationView } from './EvaluationView.tsx'

export interface EligibilityQuestion {
  target: string
  date: string
  year?: number | undefined
}

interface Values {
  target?: string
  date?: string | null
  year?: number | null
}

interface Props {
  subjectKind: SubjectKind
  subjectId: string
  question: EligibilityQuestion | null
  onAsk: (question: EligibilityQuestion) => void
}

export function EligibilityPanel({ subjectKind, subjectId, question, onAsk }: Props) {
  const [form] = Form.useForm<Values>()
  const screens = Grid.useBreakpoint()
  const date = Form.useWatch('date', form) || question?.date || todayIso()
  const targets = useTargets(subjectKind, date)

  // Start from the first title or form this kind of subject can receive on the date.
  useEffect(() => {
    if (targets.data && !form.getFieldValue('target')) form.setFieldValue('target', targets.data.items.find((t) => t.available)?.code)
  }, [targets.data, form])

  const evaluation = useQuery({
    queryKey: [...evaluationKey(subjectKind, subjectId), question],
    queryFn: () => api.get<Evaluation>(`/api/eligibility/${subjectKind}/${subjectId}${toQuery({ target: question!.target, date: question!.date, year: question!.year })}`),
    enabled: question !== null,
  })

  const ask = (values: Values) => {
    const next = { target: values.target!, date: values.date || todayIso(), year: values.year ?? undefined }
    if (question && next.target === question.target && next.date === question.date && next.year === question.year) void evaluation.refetch()
    else onAsk(next)
  }

  return (
    <Card title={<><SafetyCertificateOutlined /> Xét điều kiện ngay</>} data-testid="eligibility-panel" style={{ marginBottom: 16 }}>
      <Form<Values>
        form={form}
        name="eligibility"
        layout={(screens.md ?? true) ? 'inline' : 'vertical'}
        initialValues={{ target: question?.target, date: question?.date ?? todayIso(), year: question?.year ?? null }}
        onFinish={ask}
        style={{ rowGap: 12, marginBottom: 16 }}
      >
        <Form.Item name="target" label="Danh hiệu, hình thức" rules={[{ required: true, message: 'Hãy chọn danh hiệu, hình thức' }]} style={{ minWidth: 300, flex: '1 1 300px' }}>
          <Select
            showSearch={{ filterOption: labelMatches }}
            loading={targets.isPending}
            options={targetOptions(targets.data?.items ?? [], { disableUnavailable: true })}
            placeholder="Chọn danh hiệu, hình thức"
            popupMatchSelectWidth={false}
            data-testid="eligibility-target"
          />
        </Form.Item>
        <Form.Item name="date" label="Ngày xét" tooltip="Ngày quyết định khen thưởng: chọn bộ quy định có hiệu lực vào ngày này">
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="year" label="Năm thành tích">
          <InputNumber min={1945} max={2100} placeholder="Theo ngày xét" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={evaluation.isFetching} data-testid="eligibility-check">
            Xét điều kiện
          </Button>
        </Form.Item>
      </Form>
      {targets.error && <Alert type="error" showIcon title={targets.error.message} style={{ marginBottom: 12 }} />}
      {evaluation.error && <Alert type="error" showIcon title={evaluation.error.message} data-testid="eligibility-error" />}
      {!question && <Typography.Text type="secondary">Chọn danh hiệu, hình thức và ngày xét rồi bấm "Xét điều kiện": kết quả hiện từng tiêu chuẩn, điều khoản áp dụng và dữ kiện đã dùng.</Typography.Text>}
      {question && evaluation.isPending && !evaluation.error && <Skeleton active />}
      {evaluation.data && !evaluation.error && <EvaluationView evaluation={evaluation.data} />}
    </Card>
  )
}
