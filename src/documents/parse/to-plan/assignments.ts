// The assignments of a plan ("Tổ chức thực hiện"): each unit the parser named, with the tasks the
// text gives it — the lines under its numbered heading, and what follows the unit on the heading
// line itself ("3. Sở Văn hóa, Thể thao và Du lịch: Phối hợp …", "4. Tuyên giáo Đảng ủy phối hợp …"). Pure.

import type { PlanContent } from '../../../shared/campaign-plan.ts'
import type { Doc, Paragraph } from '../extract/document.ts'
import { sectionBody } from '../extract/sections.ts'

type Assignment = PlanContent['assignments'][number]

const TASK_MAX = 5000
const TASKS_MAX = 100
const MARKER_TEXT = /^\s*(?:[-–—+•]\s*|[a-zđ]\s*[).,]\s+)/u

/** The numbered line (heading or point) of the body that names the unit, searched from the end (the assignments come last). */
function headingOf(doc: Doc, body: { from: number; to: number }, name: string): Paragraph | undefined {
  const lines = doc.paragraphs.slice(body.from, body.to).filter((p) => p.level >= 2 && p.level <= 5)
  return lines.reverse().find((p) => p.content.includes(name))
}

export function assignmentOf(doc: Doc, body: { from: number; to: number }, name: string): Assignment {
  const base: Assignment = { organizationId: null, organizationName: name, tasks: [] }
  const head = headingOf(doc, body, name)
  if (!head) return base
  const line = head.content.trim()
  const nameEnd = line.indexOf(name) + name.length
  const colon = line.indexOf(':', nameEnd)
  // "Unit: tasks" (inline), "Unit does … " (sentence), or the unit alone as a heading.
  const layout = colon >= 0 ? 'inline' : line.slice(nameEnd).replace(/[\s.;:]+$/u, '') ? 'sentence' : null
  const heading = (layout === 'inline' ? line.slice(0, colon) : layout === 'sentence' ? line.slice(0, nameEnd) : line).replace(/[\s.;:]+$/u, '')
  const inline = layout === 'inline' ? line.slice(colon + 1).trim() : layout === 'sentence' ? line.slice(nameEnd).trim() : ''
  const below = sectionBody(doc, head.index)
    .filter((p) => p.index < body.to && p.text.trim())
    .map((p) => p.text.trim().replace(MARKER_TEXT, ''))
  const tasks = [...(inline ? [inline] : []), ...below].filter((t) => t.length <= TASK_MAX).slice(0, TASKS_MAX)
  return {
    ...base,
    tasks,
    ...(heading !== name && heading.length <= 500 ? { heading } : {}),
    ...(layout ? { layout } : {}),
  }
}
