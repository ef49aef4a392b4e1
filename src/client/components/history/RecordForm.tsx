// Add or edit one history record of a subject, any kind: the kind's fields in the side panel, the server's
// messages under their fields, a stale version (409) offering "Tải lại" without losing what was typed,
// and for titles and awards the possible duplicates the server found (a warning, never a refusal).
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Form } from 'antd'
import type { SubjectKind } from '../../../rules/types.ts'
import { api } from '../../api.ts'
import type { AwardAnswer, SubjectHistoryPage } from '../../types.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from '../FormProblem.tsx'
import { historyUrl, refreshAfterHistoryWrite } from './history-queries.ts'
import type { RecordKindConfig } from './record-kinds.tsx'

interface Props<R extends { id: string; version: number }, V> {
  config: RecordKindConfig<R, V>
  /** null: a new record. */
  record: R | null
  subject: { kind: SubjectKind; id: string; name: string }
  onClose: () => void
}

const warningsOf = (answer: unknown) => (answer && typeof answer === 'object' && 'warnings' in answer ? (answer as AwardAnswer).warnings : [])

export function RecordForm<R extends { id: string; version: number }, V extends object>({ config, record, subject, onClose }: Props<R, V>) {
  const [form] = Form.useForm<V>()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(record)
  const formId = `history-${config.kind}`

  const save = useMutation({
    mutationFn: (values: V) => {
      const body = config.toBody(values)
      return base
        ? api.patch<unknown>(`/api/history/${config.kind}/${base.id}`, { ...body, version: base.version })
        : api.post<unknown>(`/api/history/${config.kind}`, { subjectKind: subject.kind, subjectId: subject.id, ...body })
    },
    onSuccess: async (answer) => {
      message.success(base ? 'Đã lưu thay đổi' : `Đã thêm ${config.noun}`)
      const warnings = warningsOf(answer)
      if (warnings.length > 0) {
        modal.warning({
          title: 'Có thể trùng khen thưởng',
          content: (
            <ul style={{ paddingInlineStart: 18 }}>
              {warnings.map((warning) => (
                <li key={warning.recordId}>{warning.message}</li>
              ))}
            </ul>
          ),
        })
      }
      await refreshAfterHistoryWrite(queryClient, subject.kind, subject.id)
      onClose()
    },
    onError: report,
  })

  // After a conflict: the newest version of this record from the subject's history page.
  const find = (page: SubjectHistoryPage) => config.rowsOf(page).find((row) => row.id === base?.id)
  const reload = useReloadLatest<SubjectHistoryPage, V>(form, {
    url: () => historyUrl(subject.kind, subject.id),
    toValues: (page) => {
      const fresh = find(page)
      return fresh ? config.toValues(fresh) : form.getFieldsValue()
    },
    onLoaded: (page) => {
      const fresh = find(page)
      if (fresh) setBase(fresh)
      else {
        message.warning(`${config.noun[0]!.toUpperCase()}${config.noun.slice(1)} này đã bị người khác xóa`)
        void refreshAfterHistoryWrite(queryClient, subject.kind, subject.id)
        onClose()
      }
    },
    clear,
    report,
  })

  return (
    <FormDrawer title={`${base ? 'Sửa' : 'Thêm'} ${config.noun} — ${subject.name}`} onClose={onClose} formId={formId} saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<V>
        name={formId}
        form={form}
        layout="vertical"
        initialValues={(base ? config.toValues(base) : config.initialValues) as Parameters<typeof form.setFieldsValue>[0]}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        <config.Fields subjectKind={subject.kind} />
      </Form>
    </FormDrawer>
  )
}
