// Keeps the local copy of the draft in step with the form: written whenever the values differ
// from what the server holds, removed when they are the same again. Renders nothing.
import { useEffect } from 'react'
import { Form, type FormInstance } from 'antd'
import { sameValues, type PlanFormValues } from './plan-form.ts'
import { removeDraft, writeDraft } from './plan-draft-storage.ts'

interface Props {
  form: FormInstance<PlanFormValues>
  planKey: string
  /** The values the server holds (or a new plan starts from). */
  baseline: PlanFormValues
  version: number | null
  onDirtyChange: (dirty: boolean) => void
}

export function PlanDraftKeeper({ form, planKey, baseline, version, onDirtyChange }: Props) {
  const values = Form.useWatch([], { form, preserve: true }) as PlanFormValues | undefined
  useEffect(() => {
    if (!values?.content) return
    const dirty = !sameValues(values, baseline)
    onDirtyChange(dirty)
    if (dirty) writeDraft(planKey, { savedAt: new Date().toISOString(), version, values })
    else removeDraft(planKey)
  }, [values, baseline, version, planKey, onDirtyChange])
  return null
}
