// "Ngày tuyển dụng" of a person: Lao động tiên tiến is not given to people recruited less than six months
// before the review, so the eligibility check needs it. Saved with the person's version.
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Form, Typography } from 'antd'
import { api } from '../../api.ts'
import type { SubjectHistoryPage } from '../../types.ts'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from '../FormProblem.tsx'
import { historyUrl, refreshAfterHistoryWrite } from './history-queries.ts'

type Person = SubjectHistoryPage['subject']

interface Values {
  recruitedOn: string | null
}

export function RecruitmentForm({ person, onClose }: { person: Person; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(person)

  const save = useMutation({
    mutationFn: (values: Values) => api.patch<unknown>(`/api/history/people/${base.id}`, { version: base.version, recruitedOn: values.recruitedOn ?? null }),
    onSuccess: async () => {
      message.success('Đã lưu ngày tuyển dụng')
      await Promise.all([refreshAfterHistoryWrite(queryClient, 'individual', base.id), queryClient.invalidateQueries({ queryKey: ['people'] })])
      onClose()
    },
    onError: report,
  })

  const reload = useReloadLatest<SubjectHistoryPage, Values>(form, {
    url: () => historyUrl('individual', base.id),
    toValues: (page) => ({ recruitedOn: page.subject.recruitedOn }),
    onLoaded: (page) => setBase(page.subject),
    clear,
    report,
  })

  return (
    <FormDrawer title={`Ngày tuyển dụng — ${base.name}`} onClose={onClose} formId="recruitment-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={() => reload.mutate()} reloading={reload.isPending} />
      <Typography.Paragraph type="secondary">
        Ngày bắt đầu làm việc theo quyết định tuyển dụng. Người mới tuyển dụng dưới thời hạn quy định chưa được xét danh hiệu Lao động tiên tiến.
      </Typography.Paragraph>
      <Form<Values>
        name="recruitment-form"
        form={form}
        layout="vertical"
        initialValues={{ recruitedOn: base.recruitedOn }}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
      >
        <Form.Item name="recruitedOn" label="Ngày tuyển dụng">
          <IsoDatePicker />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
