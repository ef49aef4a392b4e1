// The narrative sections of a report (results, shortcomings, lessons, direction) as text areas inside a form,
// under the form field "sections"; the direction's heading may name the next period ("giai đoạn 2025 - 2030").
import { Form, Input } from 'antd'
import { NARRATIVE_KEYS, NARRATIVE_SECTIONS, type NarrativeSection } from '../../../shared/reports.ts'

export function NarrativeFields({ labels = {} }: { labels?: Partial<Record<NarrativeSection, string>> }) {
  return (
    <>
      {NARRATIVE_KEYS.map((key) => (
        <Form.Item key={key} name={['sections', key]} label={labels[key] ?? NARRATIVE_SECTIONS[key]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} aria-label={labels[key] ?? NARRATIVE_SECTIONS[key]} data-testid={`narrative-${key}`} />
        </Form.Item>
      ))}
    </>
  )
}
