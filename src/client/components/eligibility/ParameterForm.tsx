// Set the province's own value of a parameter, with the provision it comes from. The national value and
// how sure it is stay in view; a stale version (409) offers "Tải lại".
import { useState } from 'react'
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { App, Descriptions, Form, Input, Typography } from 'antd'
import { api, toQuery } from '../../api.ts'
import type { ParameterView, RuleParameterList } from '../../types.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from '../FormProblem.tsx'
import { ConfidenceTag } from './ConfidenceTag.tsx'
import { formatParameter, fromFormValue, ParameterValueFields, toFormValue } from './parameter-values.tsx'

interface Values {
  value: unknown
  citation: string
}

/** After a parameter changes: the parameters page and every answer computed with them. */
export const refreshAfterRulesChange = (queryClient: QueryClient) =>
  Promise.all(['rules', 'evaluation', 'eligible'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })))

const toValues = (parameter: ParameterView): Values => ({
  value: toFormValue(parameter.key, (parameter.override ?? parameter.effective ?? parameter.national)?.value),
  citation: parameter.override?.citation ?? '',
})

export function ParameterForm({ parameter, date, onClose }: { parameter: ParameterView; date: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(parameter)

  const save = useMutation({
    mutationFn: (values: Values) =>
      api.put<unknown>(`/api/rules/parameters/${base.key}`, { value: fromFormValue(base.key, values.value), citation: values.citation, version: base.override?.version ?? null }),
    onSuccess: async () => {
      message.success('Đã lưu giá trị của tỉnh')
      await refreshAfterRulesChange(queryClient)
      onClose()
    },
    onError: report,
  })

  const reload = useReloadLatest<RuleParameterList, Values>(form, {
    url: () => `/api/rules/parameters${toQuery({ date })}`,
    toValues: (list) => toValues(list.items.find((item) => item.key === base.key) ?? base),
    onLoaded: (list) => setBase(list.items.find((item) => item.key === base.key) ?? base),
    clear,
    report,
  })

  return (
    <FormDrawer title={base.label} onClose={onClose} formId="parameter-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={() => reload.mutate()} reloading={reload.isPending} />
      {base.national && (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          items={[
            { key: 'national', label: 'Mức chung', children: formatParameter(base.key, base.national.value) },
            { key: 'citation', label: 'Căn cứ', children: <>{base.national.citation} <ConfidenceTag confidence={base.national.confidence} citation={base.national.citation} /></> },
            ...(base.national.note ? [{ key: 'note', label: 'Ghi chú', children: base.national.note }] : []),
          ]}
        />
      )}
      <Form<Values>
        name="parameter-form"
        form={form}
        layout="vertical"
        initialValues={toValues(base)}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
      >
        <ParameterValueFields parameterKey={base.key} />
        <Form.Item
          name="citation"
          label="Căn cứ của tỉnh"
          rules={[{ required: true, whitespace: true, message: 'Hãy ghi văn bản, điều khoản của tỉnh quy định giá trị này' }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder="Quyết định số …/QĐ-UBND, Điều …, khoản …" />
        </Form.Item>
        <Typography.Text type="secondary">Giá trị của tỉnh được coi là đã xác nhận và dùng cho mọi lần xét trong thời gian quy định của tỉnh có hiệu lực.</Typography.Text>
      </Form>
    </FormDrawer>
  )
}
