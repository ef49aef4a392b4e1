// Cross-field rules of a campaign plan that a zod schema cannot express alone: dates in order,
// phases inside the period and apart, references to events, target groups and local ids that exist.
// Pure: the server refuses a save with these problems (400, fields keyed "content.<field>"),
// the editor shows them live. Dates relative to an undated event are not compared.
import { resolveDateRef, type DateRef, type PlanContent } from './campaign-plan.ts'

export interface PlanProblem {
  /** Path inside the content, e.g. "phases.1.to". */
  field: string
  message: string
}

/** 2025-08-01 → 01/08/2025 */
export function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

const quoted = (name: string) => `«${name}»`

export function checkPlan(content: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = []
  const add = (field: string, message: string) => problems.push({ field, message })
  const eventIds = new Set(content.events.map((e) => e.id))
  const resolve = (ref: DateRef | null) => (ref ? resolveDateRef(ref, content.events) : null)

  // Local ids are unique within their list (they are what references point at).
  const lists: [string, string, readonly { id: string }[]][] = [
    ['events', 'Mã sự kiện', content.events],
    ['phases', 'Mã giai đoạn', content.phases],
    ['targetGroups', 'Mã nhóm đối tượng', content.targetGroups],
    ['awardForms', 'Mã hình thức khen thưởng', content.awardForms],
    ['deadlines', 'Mã thời hạn', content.deadlines],
  ]
  for (const [list, label, items] of lists) {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(item.id)) add(`${list}.${i}.id`, `${label} ${quoted(item.id)}: bị trùng trong danh sách`)
      seen.add(item.id)
    })
  }

  // Every date written relative to an event names an event of this plan.
  const checkRef = (field: string, label: string, ref: DateRef | null) => {
    if (ref?.kind === 'event' && !eventIds.has(ref.eventId)) add(field, `${label}: tính theo sự kiện ${quoted(ref.eventId)} không có trong danh sách sự kiện của kế hoạch`)
  }
  checkRef('period.from', 'Thời gian thi đua — từ ngày', content.period.from)
  checkRef('period.to', 'Thời gian thi đua — đến ngày', content.period.to)
  content.phases.forEach((p, i) => checkRef(`phases.${i}.review.due`, `Giai đoạn ${i + 1} ${quoted(p.name)} — thời hạn sơ kết, tổng kết`, p.review?.due ?? null))
  content.deadlines.forEach((d, i) => checkRef(`deadlines.${i}.due`, `Thời hạn ${i + 1} ${quoted(d.name)}`, d.due))

  const periodFrom = resolve(content.period.from)
  const periodTo = resolve(content.period.to)
  if (periodFrom && periodTo && periodTo < periodFrom) {
    add('period.to', `Thời gian thi đua — đến ngày: ${vietnameseDate(periodTo)} trước ngày bắt đầu ${vietnameseDate(periodFrom)}`)
  }

  content.phases.forEach((p, i) => {
    const label = `Giai đoạn ${i + 1} ${quoted(p.name)}`
    if (p.to < p.from) add(`phases.${i}.to`, `${label} — đến ngày: ${vietnameseDate(p.to)} trước ngày bắt đầu ${vietnameseDate(p.from)}`)
    if (periodFrom && p.from < periodFrom) add(`phases.${i}.from`, `${label} — từ ngày: ${vietnameseDate(p.from)} nằm ngoài thời gian thi đua (bắt đầu ${vietnameseDate(periodFrom)})`)
    if (periodTo && p.to > periodTo) add(`phases.${i}.to`, `${label} — đến ngày: ${vietnameseDate(p.to)} nằm ngoài thời gian thi đua (kết thúc ${vietnameseDate(periodTo)})`)
    const due = resolve(p.review?.due ?? null)
    if (due && due < p.from) add(`phases.${i}.review.due`, `${label} — thời hạn sơ kết, tổng kết: ${vietnameseDate(due)} trước ngày bắt đầu giai đoạn ${vietnameseDate(p.from)}`)
  })

  // Phases do not overlap: compared in date order, each starts after the previous one ends.
  const ordered = content.phases.map((p, i) => ({ p, i })).filter(({ p }) => p.from <= p.to).sort((a, b) => (a.p.from < b.p.from ? -1 : a.p.from > b.p.from ? 1 : a.i - b.i))
  for (let k = 1; k < ordered.length; k++) {
    const previous = ordered[k - 1]!
    const current = ordered[k]!
    if (current.p.from <= previous.p.to) {
      add(`phases.${current.i}.from`, `Giai đoạn ${current.i + 1} ${quoted(current.p.name)} — từ ngày: trùng thời gian với giai đoạn ${previous.i + 1} ${quoted(previous.p.name)} (đến ${vietnameseDate(previous.p.to)})`)
    }
  }

  const groupIds = new Set(content.targetGroups.map((g) => g.id))
  content.awardForms.forEach((f, i) => {
    const unknown = f.targetGroupIds.filter((id) => !groupIds.has(id))
    if (unknown.length > 0) add(`awardForms.${i}.targetGroupIds`, `Hình thức khen thưởng ${quoted(f.name)} — nhóm đối tượng: ${unknown.map(quoted).join(', ')} không có trong danh sách đối tượng thi đua`)
  })

  return problems
}
