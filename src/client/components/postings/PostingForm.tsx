// "Công khai danh sách mới": the organization that posts, the title, the period, and the nominations —
// chosen among those the council passed, or every nomination a closed council session passed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Form, Input, Radio, Select } from 'antd'
import { api } from '../../api.ts'
import { useCurrentUser } from '../../auth.tsx'
import { formatDate, todayIso } from '../../format.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { PassedNominationPicker } from './PassedNominationPicker.tsx'
import { PeriodFields } from './PeriodFields.tsx'
import { periodEnd } from './posting-periods.ts'
import { POSTINGS_KEY, type ClosedSession, type PostingDetail } from './posting-queries.ts'

interface Values {
  organizationId?: string
  title: string
  startsOn: string | null
  endsOn: string | null
  source: 'nominations' | 'session'
  nominationIds: string[]
  sessionId?: string
}

export function PostingForm({ onClose, onCreated }: { onClose: () => void; onCreated: (posting: PostingDetail) => void }) {
  const me = useCurrentUser()
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const source = Form.useWatch('source', form) ?? 'nominations'
  const sessions = useQuery({ queryKey: [...POSTINGS_KEY, 'sessions'], queryFn: () => api.get<ClosedSession[]>('/api/postings/council-sessions') })

  const save = useMutation({
    mutationFn: (values: Values) =>
      api.post<PostingDetail>('/api/postings', {
        organizationId: values.organizationId, title: values.title, startsOn: values.startsOn, endsOn: values.endsOn,
        ...(values.source === 'session' ? { sessionId: values.sessionId } : { nominationIds: values.nominationIds }),
      }),
    onSuccess: async (posting) => {
      message.success(`Đã công khai danh sách ${posting.itemCount} đề nghị`)
      await queryClient.invalidateQueries({ queryKey: POSTINGS_KEY })
      onCreated(posting)
    },
    onError: report,
  })

  const today = todayIso()
  return (
    <FormDrawer title="Công khai danh sách mới" onClose={onClose} formId="posting-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} />
      <Form<Values>
        name="posting-form"
        form={form}
        layout="vertical"
        initialValues={{ organizationId: me.organizationId, title: '', startsOn: today, endsOn: periodEnd(today, 10), source: 'nominations', nominationIds: [] }}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        <Form.Item label="Cơ quan công khai" name="organizationId" rules={[{ required: true, message: 'Hãy chọn cơ quan công khai' }]}>
          <OrganizationSelect<string | undefined> data-testid="posting-organization" />
        </Form.Item>
        <Form.Item label="Tiêu đề" name="title" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tiêu đề danh sách' }, { max: 500 }]}>
          <Input placeholder="Danh sách đề nghị khen thưởng năm 2025" data-testid="posting-title" />
        </Form.Item>
        <PeriodFields form={form} />
        <Form.Item label="Danh sách" name="source">
          <Radio.Group
            data-testid="posting-source"
            options={[
              { value: 'nominations', label: 'Chọn từng đề nghị đã được thông qua' },
              { value: 'session', label: 'Cả một phiên họp Hội đồng đã kết thúc' },
            ]}
          />
        </Form.Item>
        {source === 'session' ? (
          <Form.Item label="Phiên họp Hội đồng" name="sessionId" rules={[{ required: true, message: 'Hãy chọn phiên họp Hội đồng' }]}>
            <Select
              loading={sessions.isPending}
              placeholder="Phiên họp đã kết thúc bỏ phiếu"
              notFoundContent="Chưa có phiên họp nào đã kết thúc trong phạm vi của bạn."
              data-testid="posting-session"
              options={(sessions.data ?? []).map((s) => ({
                value: s.id,
                label: `${s.title} — ${s.councilName}, ${formatDate(s.meetsOn)} (${s.passedCount} đề nghị được thông qua)`,
                disabled: s.passedCount === 0,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item label="Các đề nghị công khai" name="nominationIds" rules={[{ required: true, type: 'array', min: 1, message: 'Hãy chọn ít nhất một đề nghị' }]}>
            <PassedNominationPicker />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  )
}
