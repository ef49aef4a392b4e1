// The narrative of a level's compiled report, written by its officer: saved with its version (the first save
// creates it); a refusal keeps what was typed, a stale version offers to reload.
import { useEffect, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Button, Card, Form, Typography } from 'antd'
import { SaveOutlined } from '@ant-design/icons'
import type { Narrative, NarrativeSection } from '../../../shared/reports.ts'
import { api } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { NarrativeFields } from './NarrativeFields.tsx'
import type { SavedNarrative } from './report-ui.ts'

interface Props {
  /** PUT endpoint and the key of what it is written for (organization and plan period, or years). */
  url: string
  target: Record<string, string | number>
  narrative: SavedNarrative
  editable: boolean
  labels?: Partial<Record<NarrativeSection, string>>
  onSaved: () => void
}

export function NarrativeEditor({ url, target, narrative, editable, labels, onSaved }: Props) {
  const [form] = Form.useForm<{ sections: Narrative }>()
  const { problem, report, clear } = useFormProblem(form)
  const [version, setVersion] = useState(narrative.version)
  const stamp = `${JSON.stringify(target)}:${narrative.version}`
  const [shown, setShown] = useState('')
  useEffect(() => {
    if (stamp === shown) return
    form.setFieldsValue({ sections: narrative.sections })
    setVersion(narrative.version)
    setShown(stamp)
  }, [stamp, shown, narrative, form])

  const save = useMutation({
    mutationFn: () => api.put<SavedNarrative>(url, { ...target, version, sections: form.getFieldsValue(true).sections }),
    onSuccess: (saved) => {
      clear()
      setVersion(saved.version)
      onSaved()
    },
    onError: report,
  })
  return (
    <Card
      title="Phần viết của báo cáo"
      style={{ marginBottom: 16 }}
      extra={editable && <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => save.mutate()} data-testid="narrative-save">Lưu phần viết</Button>}
    >
      <FormProblemAlert problem={problem} onReload={onSaved} />
      {narrative.updatedAt && <Typography.Paragraph type="secondary">Lưu lần cuối {formatDateTime(narrative.updatedAt)} — {narrative.updatedByName}</Typography.Paragraph>}
      <Form form={form} layout="vertical" disabled={!editable}>
        <NarrativeFields labels={labels} />
      </Form>
    </Card>
  )
}
