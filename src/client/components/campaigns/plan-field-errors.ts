// Puts problem messages under the editor's fields. A key deeper than any field (a date reference
// "content.phases.1.review.due.date", edited by one control) lands on its nearest field.
import type { FormInstance } from 'antd'
import type { PlanProblem } from '../../../shared/campaign-plan-checks.ts'
import { fieldNamePath } from './plan-tabs.ts'

type NamePath = (string | number)[]

function nearest(registered: ReadonlySet<string>, field: string): NamePath | undefined {
  const path = fieldNamePath(field)
  for (let length = path.length; length > 0; length--) {
    if (registered.has(path.slice(0, length).join('.'))) return path.slice(0, length)
  }
  return undefined
}

const registeredNames = (form: FormInstance) => new Set(form.getFieldsError().map((field) => field.name.join('.')))

/** The form field showing a problem key, if any. */
export function nearestField(form: FormInstance, field: string): NamePath | undefined {
  return nearest(registeredNames(form), field)
}

export function showFieldErrors(form: FormInstance, problems: readonly PlanProblem[]): void {
  const registered = registeredNames(form)
  const fields = new Map<string, { name: NamePath; errors: string[] }>()
  for (const { field, message } of problems) {
    const name = nearest(registered, field)
    if (!name) continue
    const entry = fields.get(name.join('.')) ?? { name, errors: [] }
    if (!entry.errors.includes(message)) entry.errors.push(message)
    fields.set(name.join('.'), entry)
  }
  form.setFields([...fields.values()])
}

export function clearFieldErrors(form: FormInstance): void {
  form.setFields(form.getFieldsError().filter((field) => field.errors.length > 0).map((field) => ({ name: field.name, errors: [] })))
}
