// What a plan asks units to report on, and when: its reporting periods (each phase, closed by its sơ kết or
// tổng kết review, and — when no phase carries the final review — the whole campaign's tổng kết) with their
// due dates resolved through the event dates as they stand now, and the criteria of its target groups.
// Pure; shared by the server and the client.
import { REVIEW_KINDS, resolveDateRef, TARGET_KINDS, type PlanContent, type PlanEvent } from './campaign-plan.ts'
import { vietnameseDate } from './campaign-plan-checks.ts'

export type PeriodKind = keyof typeof REVIEW_KINDS

/** The id of the whole campaign's final period, when no phase carries the final review. */
export const WHOLE_CAMPAIGN_PERIOD = 'tong-ket'

export interface ReportingPeriod {
  /** The phase's id in the plan, or WHOLE_CAMPAIGN_PERIOD. */
  id: string
  /** "Sơ kết — Đợt 1", "Tổng kết Đợt thi đua". */
  name: string
  /** The phase's name ("Đợt 1"), or null for the whole campaign. */
  phaseName: string | null
  kind: PeriodKind
  /** First and last day covered; null while an event it hangs on has no date (or the plan sets none). */
  from: string | null
  to: string | null
  /** When the report is due (the review's date, or the plan's report deadline); null when not yet known. */
  due: string | null
  /** The plan's wording of the review or the deadline, when it has one. */
  dueAsWritten: string | null
}

/**
 * The reporting periods of a plan, in order. A phase is reported at its review (sơ kết or tổng kết; a phase
 * without a review is reported as sơ kết, due at its end). When no phase is closed by tổng kết, the whole
 * campaign is: from its start (or the issue date) to its end, due at the plan's first report deadline
 * (seed 003: "gửi báo cáo tổng kết … sau khi tổ chức thành công Đại hội", relative to the congress) or its end.
 */
export function reportingPeriods(content: PlanContent, events: readonly PlanEvent[], issuedOn: string | null): ReportingPeriod[] {
  const resolve = (ref: Parameters<typeof resolveDateRef>[0] | null) => (ref ? resolveDateRef(ref, events) : null)
  const periods: ReportingPeriod[] = content.phases.map((p) => {
    const kind = p.review?.kind ?? 'interim'
    return {
      id: p.id, name: `${REVIEW_KINDS[kind]} — ${p.name}`, phaseName: p.name, kind, from: p.from, to: p.to,
      due: p.review ? resolve(p.review.due) : p.to, dueAsWritten: p.review?.asWritten ?? null,
    }
  })
  if (!periods.some((p) => p.kind === 'final')) {
    const deadline = content.deadlines.find((d) => d.kind === 'report')
    const to = resolve(content.period.to)
    periods.push({
      id: WHOLE_CAMPAIGN_PERIOD, name: 'Tổng kết Đợt thi đua', phaseName: null, kind: 'final', from: resolve(content.period.from) ?? issuedOn, to,
      due: deadline ? resolve(deadline.due) : to, dueAsWritten: deadline?.name ?? null,
    })
  }
  return periods
}

/** Why a report for the period cannot be written yet (the period has not started), or null. */
export function periodNotOpen(period: ReportingPeriod, today: string): string | null {
  if (period.from === null) return `Kỳ báo cáo «${period.name}» chưa xác định được ngày bắt đầu, chưa thể lập báo cáo`
  if (today < period.from) return `Kỳ báo cáo «${period.name}» chưa bắt đầu (từ ngày ${vietnameseDate(period.from)}), chưa thể lập báo cáo`
  return null
}

/**
 * Whether a report answers a level's period: under the same plan, the same period; under a plan answering it
 * (the commune reports under its own plan, the province compiles under 141), the same kind of review.
 */
export function answersPeriod(report: { campaignId: string; periodId: string; periodKind: PeriodKind }, target: { campaignId: string; periodId: string; kind: PeriodKind }): boolean {
  return report.campaignId === target.campaignId ? report.periodId === target.periodId : report.periodKind === target.kind
}

export interface PlanCriterion {
  /** "<target group id>#<index>": stable, since issued content never changes. */
  key: string
  groupName: string
  groupKind: keyof typeof TARGET_KINDS
  text: string
}

/** The emulation criteria of every target group of the plan (tiêu chí thi đua), in the plan's order. */
export function planCriteria(content: Pick<PlanContent, 'targetGroups'>): PlanCriterion[] {
  return content.targetGroups.flatMap((g) =>
    g.criteria.map((text, i) => ({ key: `${g.id}#${i}`, groupName: g.name, groupKind: g.kind, text })).filter((c) => c.text.trim() !== ''),
  )
}
