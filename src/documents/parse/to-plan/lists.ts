// The parser's lists (target groups, award forms, deadlines, phases) as the plan model's records,
// with local ids and the kinds their wording shows. Deadlines need a due date: an absolute time in
// their wording, or a number of days from an event. Pure.

import type { PlanContent } from '../../../shared/campaign-plan.ts'
import type { Phase } from '../extract/period.ts'
import { absoluteDue, firstDayOf, lastDayOf, relativeRef, type EventList } from './date-refs.ts'

type TargetGroup = PlanContent['targetGroups'][number]
type AwardForm = PlanContent['awardForms'][number]
type Deadline = PlanContent['deadlines'][number]
type PlanPhase = PlanContent['phases'][number]

/** A record read from the text, or why it could not be. */
export type Read<T> = { value: T } | { warning: string }

/** The records read; the warnings of the others are added to `warnings`. */
export function kept<T>(results: Read<T>[], warnings: string[]): T[] {
  return results.flatMap((r) => {
    if ('value' in r) return [r.value]
    warnings.push(r.warning)
    return []
  })
}

const quoted = (text: string) => `«${text.length > 80 ? `${text.slice(0, 79)}…` : text}»`

export function targetGroup(name: string, i: number): TargetGroup {
  const kind = /(?:^|\s)hộ(?:\s|$)|hộ gia đình/iu.test(name)
    ? 'household'
    : /cá nhân|cán bộ|công chức|viên chức|đảng viên|người|học sinh|giáo viên|hội viên|đoàn viên|chiến sĩ/iu.test(name)
      ? 'individual'
      : 'collective'
  return { id: `doi-tuong-${i + 1}`, kind, name, criteria: [] }
}

export function awardForm(name: string, i: number): AwardForm {
  const authority = /\s(?:của|do)\s+(.+)$/u.exec(name)?.[1]?.trim() ?? null
  return { id: `hinh-thuc-${i + 1}`, catalogueCode: null, name, authority: authority && authority.length <= 300 ? authority : null, targetGroupIds: [], quota: null }
}

function deadlineKind(text: string): Deadline['kind'] {
  if (/đăng ký/iu.test(text)) return 'registration'
  if (/hồ sơ|đề nghị khen/iu.test(text)) return 'dossier'
  if (/xây dựng kế hoạch|kế hoạch (?:triển khai|hưởng ứng)/iu.test(text)) return 'answer'
  if (/báo cáo|sơ kết|tổng kết/iu.test(text)) return 'report'
  return 'other'
}

/** A deadline with its due date, or a Vietnamese warning when the wording sets none. */
export function deadline(text: string, i: number, events: EventList): Read<Deadline> {
  const due = relativeRef(text, events) ?? (absoluteDue(text) ? { kind: 'date' as const, date: absoluteDue(text) as string } : null)
  if (!due) return { warning: `Thời hạn ${quoted(text)}: không đọc được ngày (ngày cụ thể hoặc số ngày sau một sự kiện) — chưa đưa vào danh sách thời hạn, vẫn giữ trong nội dung văn bản` }
  return { value: { id: `thoi-han-${i + 1}`, kind: deadlineKind(text), name: text, due, note: null } }
}

/** A phase with whole dates ("2025-08" → from the 1st, to the 31st), or a warning when a date is missing. */
export function phase(p: Phase, i: number): Read<PlanPhase> {
  const from = firstDayOf(p.from)
  const to = lastDayOf(p.to)
  if (!from || !to) return { warning: `Giai đoạn ${quoted(p.name)}: không đọc được ${from ? 'ngày kết thúc' : 'ngày bắt đầu'} — chưa đưa vào danh sách giai đoạn, vẫn giữ trong nội dung văn bản` }
  const reviewDue = lastDayOf(p.review_date)
  const review = p.review && reviewDue ? { kind: /tổng kết/iu.test(p.review) ? ('final' as const) : ('interim' as const), due: { kind: 'date' as const, date: reviewDue } } : null
  return { value: { id: `giai-doan-${i + 1}`, name: p.name, from, to, review } }
}
