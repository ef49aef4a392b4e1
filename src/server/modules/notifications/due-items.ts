// "Việc sắp đến hạn": what is due for one account, shaped from the data due.repository.ts and the campaign
// calendar read for it. Pure: no I/O, the day is given. Each source is read only for the accounts it concerns
// (get-due.ts decides which); this function words the items and orders them: overdue first, then by date.
import { CATALOGUE } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import { REGISTRATION_STATUS_LABELS } from '../../../shared/registrations.ts'
import type { CalendarEntry } from '../campaigns/calendar-entries.ts'
import type { DraftDecisionRow, NominationToCheckRow, OpenRegistrationRow, SessionToVoteRow, UnresolvedCommentsRow } from './due.repository.ts'

export type DueKind = 'campaign_deadline' | 'registration' | 'nomination_check' | 'council_vote' | 'public_comments' | 'decision_issue'

export const DUE_KIND_LABELS: Record<DueKind, string> = {
  campaign_deadline: 'Hạn của kế hoạch thi đua',
  registration: 'Đăng ký thi đua chưa gửi',
  nomination_check: 'Hồ sơ đề nghị chờ kiểm tra',
  council_vote: 'Phiên họp đang bỏ phiếu',
  public_comments: 'Góp ý chưa xử lý',
  decision_issue: 'Quyết định chờ ký ban hành',
}

export interface DueItem {
  kind: DueKind
  kindLabel: string
  title: string
  detail: string | null
  /** The date it is due (YYYY-MM-DD); null when none is set yet. */
  due: string | null
  overdue: boolean
  /** An app path to act on it. */
  link: string
}

export interface DueDigest {
  today: string
  /** The last day looked at: today + the horizon. */
  until: string
  items: DueItem[]
}

export interface OpenRegistration extends Omit<OpenRegistrationRow, 'content'> {
  /** The plan's registration deadline resolved through its event dates; null when it sets none or its event is undated. */
  deadline: { name: string; due: string | null } | null
}

export interface DueSources {
  calendar: readonly CalendarEntry[]
  openRegistrations: readonly OpenRegistration[]
  nominationsToCheck: { items: readonly NominationToCheckRow[]; total: number }
  sessionsToVote: readonly SessionToVoteRow[]
  unresolvedComments: readonly UnresolvedCommentsRow[]
  draftDecisions: readonly DraftDecisionRow[]
}

/** The calendar milestones that are something to do by a date (not phase starts, events, ceremonies). */
const DEADLINE_KINDS: readonly CalendarEntry['kind'][] = ['deadline', 'review', 'answer_due']

export function addDays(iso: string, days: number): string {
  const day = new Date(`${iso}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

const item = (kind: DueKind, fields: Omit<DueItem, 'kind' | 'kindLabel'>): DueItem => ({ kind, kindLabel: DUE_KIND_LABELS[kind], ...fields })

/**
 * The digest for a day: campaign deadlines from today to today + horizonDays (and those overdue within the
 * last horizonDays, while the plan is in force), then the account's open work, each with its link.
 */
export function dueItems(sources: DueSources, today: string, horizonDays: number): DueDigest {
  const until = addDays(today, horizonDays)
  const since = addDays(today, -horizonDays)
  const items: DueItem[] = []

  for (const e of sources.calendar) {
    if (!DEADLINE_KINDS.includes(e.kind) || e.date > until) continue
    if (e.date < today && !(e.overdue && e.date >= since)) continue
    items.push(item('campaign_deadline', {
      title: e.title,
      detail: `Kế hoạch «${e.campaignTitle}»${e.numberAndSymbol ? ` (${e.numberAndSymbol})` : ''} — ${e.organizationName}`,
      due: e.date, overdue: e.date < today, link: `/ke-hoach/${e.campaignId}`,
    }))
  }

  for (const r of sources.openRegistrations) {
    const due = r.deadline?.due ?? null
    if (due !== null && due < today) continue // registration closed for this plan (registration-campaign.ts)
    const state = r.registrationStatus ? `bản đăng ký đang ở trạng thái "${REGISTRATION_STATUS_LABELS[r.registrationStatus]}"` : 'chưa lập bản đăng ký'
    items.push(item('registration', {
      title: `Gửi đăng ký thi đua theo kế hoạch «${r.campaignTitle}»`,
      detail: r.deadline ? `${state}; ${r.deadline.name}: ${due ? viDate(due) : 'chưa xác định ngày'}` : `${state}; kế hoạch không đặt hạn đăng ký`,
      due, overdue: false, link: r.registrationId ? `/dang-ky-thi-dua/${r.registrationId}` : '/dang-ky-thi-dua',
    }))
  }

  for (const n of sources.nominationsToCheck.items) {
    items.push(item('nomination_check', {
      title: `Kiểm tra hồ sơ đề nghị «${n.subjectName}» — ${CATALOGUE[n.target].short}`,
      detail: `${n.nominatingOrganizationName}${n.submittedOn ? `, trình ngày ${viDate(n.submittedOn)}` : ''}`,
      due: null, overdue: false, link: `/de-nghi/${n.id}`,
    }))
  }
  const more = sources.nominationsToCheck.total - sources.nominationsToCheck.items.length
  if (more > 0) {
    items.push(item('nomination_check', { title: `Còn ${more} hồ sơ đề nghị khác chờ kiểm tra`, detail: null, due: null, overdue: false, link: '/de-nghi' }))
  }

  for (const s of sources.sessionsToVote) {
    items.push(item('council_vote', {
      title: `Bỏ phiếu phiên họp «${s.title}» — ${s.councilName}`,
      detail: `Còn ${s.pending} nội dung bạn chưa bỏ phiếu; phiên họp ngày ${viDate(s.meetsOn)}`,
      due: today, overdue: false, link: `/hoi-dong/phien/${s.sessionId}`,
    }))
  }

  for (const p of sources.unresolvedComments) {
    items.push(item('public_comments', {
      title: `Xử lý ${p.unresolved} góp ý về danh sách công khai «${p.title}»`,
      detail: `Mọi góp ý phải được xử lý trước khi ban hành quyết định khen thưởng; công khai đến hết ngày ${viDate(p.endsOn)}`,
      due: p.endsOn, overdue: p.endsOn < today, link: `/cong-khai-danh-sach/${p.postingId}`,
    }))
  }

  for (const d of sources.draftDecisions) {
    items.push(item('decision_issue', {
      title: `Ký ban hành quyết định «${d.title}»`,
      detail: `Dự thảo ${d.lines} trường hợp, ngày quyết định ${viDate(d.decisionDate)}`,
      due: d.decisionDate, overdue: d.decisionDate < today, link: `/quyet-dinh/${d.id}`,
    }))
  }

  const order = (i: DueItem) => (i.overdue ? 0 : i.due === null ? 2 : 1)
  items.sort((a, b) => order(a) - order(b) || (a.due ?? '').localeCompare(b.due ?? ''))
  return { today, until, items }
}
