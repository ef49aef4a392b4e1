// /bao-cao/:id — one unit's report for a plan's period: its results per criterion of the plan (figure, parts,
// text) and its own indicators, the narrative, exemplary models and initiatives, the evidence files; "Lưu" and
// "Nộp báo cáo" for the unit, "Tiếp nhận" / "Trả lại" with the reason for the level above; the history.
// A refused save keeps everything typed; the figures' problems show under their row as they are typed, and the
// server's refusal of the figures stands only until what it refused is changed.
import { useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Skeleton, Space, Tag, Timeline } from 'antd'
import { CheckOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons'
import { REPORT_STATUS_LABELS, submitProblem, type ReportContent } from '../../shared/reports.ts'
import { api, toApiError } from '../api.ts'
import { formatDate, formatDateTime } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EvidenceCard } from '../components/reports/EvidenceCard.tsx'
import { NarrativeFields } from '../components/reports/NarrativeFields.tsx'
import { ResultRows } from '../components/reports/ResultRows.tsx'
import { REPORTS_KEY, STATUS_COLORS, rowMessages, sameContent, toContent, toFormValues, type ReportDetail, type ReportFormValues } from '../components/reports/report-ui.ts'

type Action = 'save' | 'submit' | 'accept' | 'return'

export function ReportPage() {
  const { id = '' } = useParams()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<ReportFormValues>()
  const [returning, setReturning] = useState(false)
  const [reason, setReason] = useState('')
  const key = [...REPORTS_KEY, 'detail', id]
  const { data: r, error, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get<ReportDetail>(`/api/reports/${id}`) })
  // What is typed, once the form holds the report (before that, the stored content stands for it).
  const watched = Form.useWatch([], form) as Partial<ReportFormValues> | undefined
  const values = watched?.results ? (watched as ReportFormValues) : undefined

  // The form takes the stored content only when another version arrives: an upload or a refusal keeps what is typed.
  const loaded = r ? `${r.id}:${r.version}` : ''
  const [shown, setShown] = useState('')
  useEffect(() => {
    if (!r || loaded === shown) return
    form.setFieldsValue(toFormValues(r.content, r.criteria))
    setShown(loaded)
  }, [r, loaded, shown, form])

  const done = async (next: ReportDetail) => {
    queryClient.setQueryData(key, next)
    await queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'list'] })
  }
  // The content of the last save, as sent: a refusal of its figures speaks of that content, not of what is typed since.
  const [sent, setSent] = useState<ReportContent | null>(null)
  const save = (current: ReportDetail) => {
    const content = toContent(form.getFieldsValue(true), current.criteria).content
    setSent(content)
    return api.patch<ReportDetail>(`/api/reports/${id}`, { version: current.version, content })
  }
  const act = useMutation({
    mutationFn: async (action: Action) => {
      const current = r!
      if (action === 'save') return save(current)
      if (action === 'submit') return api.post<ReportDetail>(`/api/reports/${id}/submit`, { version: (await save(current)).version })
      if (action === 'accept') return api.post<ReportDetail>(`/api/reports/${id}/accept`, { version: current.version })
      return api.post<ReportDetail>(`/api/reports/${id}/return`, { version: current.version, reason })
    },
    onSuccess: async (next) => {
      setReturning(false)
      setReason('')
      await done(next)
    },
  })
  const typed = r && values ? toContent(values, r.criteria).content : null
  const refusal = act.error ? toApiError(act.error) : null
  // A refusal naming fields (a figure above its total) no longer stands once what it refused is changed: its messages
  // and its alert go, the problems checked as the user types remain, and a corrected figure no longer blocks "Nộp".
  const outdated = refusal !== null && Object.keys(refusal.fields).length > 0 && sent !== null && typed !== null && !sameContent(typed, sent)
  const problem = outdated ? null : refusal
  const messages = r && values ? rowMessages(values, r.criteria, problem?.fields ?? {}) : {}

  if (error) return <Alert type="error" showIcon title={toApiError(error).message} />
  if (isLoading || !r) return <Skeleton active />
  const content = typed ?? r.content
  const blocked = Object.keys(messages).length > 0 ? 'Hãy sửa các số liệu đang báo lỗi trước khi nộp.' : submitProblem(content)

  return (
    <>
      <PageHeader title={`Báo cáo ${r.period?.name.toLowerCase() ?? ''} — ${r.organizationName}`}>
        <Space wrap>
          {r.canEdit && <Button icon={<SaveOutlined />} loading={act.isPending && act.variables === 'save'} onClick={() => act.mutate('save')} data-testid="report-save">Lưu</Button>}
          {r.canEdit && (
            <Button type="primary" icon={<SendOutlined />} disabled={blocked !== null} title={blocked ?? undefined} loading={act.isPending && act.variables === 'submit'} onClick={() => act.mutate('submit')} data-testid="report-submit">
              Nộp báo cáo
            </Button>
          )}
          {r.canReview && <Button type="primary" icon={<CheckOutlined />} loading={act.isPending && act.variables === 'accept'} onClick={() => act.mutate('accept')} data-testid="report-accept">Tiếp nhận</Button>}
          {r.canReview && <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="report-return">Trả lại</Button>}
        </Space>
      </PageHeader>
      {problem && <Alert type="error" showIcon role="alert" title={problem.message} style={{ marginBottom: 16 }} data-testid="report-problem" />}
      {r.status === 'returned' && r.returnReason && <Alert type="warning" showIcon title={`Cấp trên trả lại: ${r.returnReason}`} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="report-header">
          <Descriptions.Item label="Đơn vị">{r.organizationName}</Descriptions.Item>
          <Descriptions.Item label="Kế hoạch">{r.campaignTitle}</Descriptions.Item>
          <Descriptions.Item label="Kỳ báo cáo">{r.period ? `${r.period.name}${r.period.from ? ` (từ ${formatDate(r.period.from)}${r.period.to ? ` đến ${formatDate(r.period.to)}` : ''})` : ''}` : r.periodId}</Descriptions.Item>
          <Descriptions.Item label="Thời hạn">{r.period?.due ? formatDate(r.period.due) : 'Chưa xác định'}{r.period?.dueAsWritten ? ` — ${r.period.dueAsWritten}` : ''}</Descriptions.Item>
          <Descriptions.Item label="Trạng thái"><Tag color={STATUS_COLORS[r.status]}>{REPORT_STATUS_LABELS[r.status]}</Tag></Descriptions.Item>
          {r.submittedOn && <Descriptions.Item label="Nộp ngày">{formatDate(r.submittedOn)}</Descriptions.Item>}
          {r.acceptedAt && <Descriptions.Item label="Tiếp nhận">{formatDateTime(r.acceptedAt)} — {r.acceptedByName}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Form form={form} layout="vertical" disabled={!r.canEdit}>
        <Card title="Kết quả thực hiện các tiêu chí thi đua" style={{ marginBottom: 16 }}>
          <ResultRows form={form} criteria={r.criteria} messages={messages} editable={r.canEdit} />
        </Card>
        <Card title="Nội dung báo cáo" style={{ marginBottom: 16 }}>
          <NarrativeFields />
          <Form.Item name="models" label="Mô hình, điển hình tiên tiến (mỗi dòng một mô hình)"><Input.TextArea rows={3} aria-label="Mô hình, điển hình tiên tiến" /></Form.Item>
          <Form.Item name="initiatives" label="Sáng kiến, cách làm hay (mỗi dòng một sáng kiến)"><Input.TextArea rows={3} aria-label="Sáng kiến, cách làm hay" /></Form.Item>
        </Card>
      </Form>
      <EvidenceCard report={r} onChanged={(next) => queryClient.setQueryData(key, next)} />
      <Card title="Lịch sử">
        <Timeline
          items={r.events.map((e) => ({
            key: e.id,
            children: `${formatDateTime(e.at)} — ${e.actorName}: ${e.fromStatus ? `${REPORT_STATUS_LABELS[e.fromStatus]} → ` : 'Lập '}${REPORT_STATUS_LABELS[e.toStatus]}${e.reason ? ` (${e.reason})` : ''}`,
          }))}
        />
      </Card>
      <Modal title="Trả lại báo cáo" open={returning} onCancel={() => setReturning(false)} okText="Trả lại" okButtonProps={{ danger: true, disabled: !reason.trim() }} onOk={() => act.mutate('return')} confirmLoading={act.isPending}>
        <Input.TextArea rows={4} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Lý do trả lại" aria-label="Lý do trả lại" />
      </Modal>
    </>
  )
}
