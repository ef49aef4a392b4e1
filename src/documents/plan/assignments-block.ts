// Tổ chức thực hiện: per organization a numbered line and its tasks, laid out as the plan does —
// a heading with the tasks below, "2. Đơn vị: nhiệm vụ" on one line, or the task going on
// from the organization's name ("4. Tuyên giáo Đảng ủy phối hợp …").
import type { Block } from '../document-model.ts'
import type { BodyContext } from './context.ts'
import { headingNumber, newList, nextMarker, subHeadingLevel } from './numbering.ts'
import { leadBlocks, markedBlock } from './text.ts'

type Assignment = BodyContext['content']['assignments'][number]

/** The tasks under the first line: a single task is a paragraph, several a list (dashes unless said). */
function taskBlocks(tasks: string[], marker: Assignment['taskMarker']): Block[] {
  const kind = marker ?? (tasks.length === 1 ? 'none' : 'dash')
  const list = newList()
  return tasks.map((task) => markedBlock(nextMarker(list, kind, null), [task]))
}

function oneAssignment(assignment: Assignment, number: string, level: 2 | 3): Block[] {
  const label = assignment.heading || assignment.organizationName
  const [first, ...rest] = assignment.tasks
  switch (assignment.layout ?? 'heading') {
    case 'heading':
      return [{ type: 'heading', level, text: `${number} ${label}` }, ...taskBlocks(assignment.tasks, assignment.taskMarker)]
    case 'inline':
      return [
        { type: 'item', marker: number, runs: first === undefined ? [{ text: label, bold: true }] : [{ text: `${label}:`, bold: true }, ` ${first}`] },
        ...taskBlocks(rest, assignment.taskMarker),
      ]
    case 'sentence':
      return [{ type: 'item', marker: number, runs: [first === undefined ? label : `${label} ${first}`] }, ...taskBlocks(rest, assignment.taskMarker)]
  }
}

export function assignmentBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const assignments = ctx.content.assignments
  if (assignments.length === 0) return []
  const level = subHeadingLevel(ctx.section)
  return [
    ...leadBlocks(lead),
    ...assignments.flatMap((assignment) => oneAssignment(assignment, headingNumber(ctx.section, level), level)),
  ]
}
