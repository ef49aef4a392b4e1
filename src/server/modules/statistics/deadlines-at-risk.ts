// "Sắp đến hạn": the dated milestones of the plans the unit sees that fall in the next days — phase reviews
// (sơ kết, tổng kết), registration, dossier, report and answer deadlines — each with what is still missing
// in the unit's subtree, from the database's counts (for a review: the cascade's units that have not sent
// their progress report for the phase). Pure.
import { DEADLINE_KINDS, resolveDateRef, REVIEW_KINDS, type PlanEvent } from '../../../shared/campaign-plan.ts'
import { daysBetween, type DeadlineAtRisk, type RiskKind } from '../../../shared/statistics.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import type { PlanAnswers } from './statistics.repository.ts'

/** How far ahead the dashboard looks. */
export const RISK_HORIZON_DAYS = 30

export interface PlanProgress {
  registration: { addressed: number; registered: number } | undefined
  nominations: { pending: number; sent: number } | undefined
  /** Per phase id: the cascade's units addressed and those that sent the phase's progress report. */
  reports: ReadonlyMap<string, { addressed: number; reported: number }>
}

const NONE_IN_SCOPE = { missing: 'Không có đơn vị nào trong phạm vi phải thực hiện', missingCount: 0 }

/** phaseId: the phase a review closes (its reporting period), for kind 'review'. */
function missingOf(kind: RiskKind, plan: PlanAnswers, progress: PlanProgress, phaseId: string | null): { missing: string | null; missingCount: number | null } {
  if (kind === 'answer') {
    const open = plan.addressed - plan.answered
    if (plan.addressed === 0) return NONE_IN_SCOPE
    return { missing: `${open}/${plan.addressed} đơn vị chưa ban hành kế hoạch triển khai`, missingCount: open }
  }
  if (kind === 'registration') {
    const r = progress.registration ?? { addressed: 0, registered: 0 }
    const open = r.addressed - r.registered
    if (r.addressed === 0) return NONE_IN_SCOPE
    return { missing: `${open}/${r.addressed} đơn vị chưa gửi bản đăng ký thi đua`, missingCount: open }
  }
  if (kind === 'dossier') {
    const n = progress.nominations ?? { pending: 0, sent: 0 }
    return { missing: `${n.pending} hồ sơ đề nghị khen thưởng chưa gửi (nháp hoặc bị trả lại), ${n.sent} đã gửi`, missingCount: n.pending }
  }
  if (kind === 'review' && phaseId !== null) {
    const r = progress.reports.get(phaseId) ?? { addressed: 0, reported: 0 }
    const open = r.addressed - r.reported
    if (r.addressed === 0) return NONE_IN_SCOPE
    return { missing: `${open}/${r.addressed} đơn vị chưa nộp báo cáo`, missingCount: open }
  }
  // Other deadlines (a report deadline, …) are not tracked per unit here.
  return { missing: null, missingCount: null }
}

export function deadlinesAtRisk(
  plans: readonly { plan: PlanAnswers; events: readonly PlanEvent[]; progress: PlanProgress }[],
  today: string,
  horizonDays = RISK_HORIZON_DAYS,
): DeadlineAtRisk[] {
  const entries: DeadlineAtRisk[] = []
  for (const { plan, events, progress } of plans) {
    const add = (date: string | null, kind: RiskKind, title: string, phaseId: string | null = null) => {
      if (date === null) return
      const daysLeft = daysBetween(today, date)
      if (daysLeft < 0 || daysLeft > horizonDays) return
      entries.push({
        date, daysLeft, kind, title,
        campaignId: plan.id, campaignTitle: plan.title, numberAndSymbol: numberAndSymbol(plan.number, plan.symbol, plan.track), issuerName: plan.issuerName,
        ...missingOf(kind, plan, progress, phaseId),
      })
    }
    for (const phase of plan.content.phases) {
      if (phase.review) add(resolveDateRef(phase.review.due, events), 'review', `${REVIEW_KINDS[phase.review.kind]} ${phase.name}`, phase.id)
    }
    for (const deadline of plan.content.deadlines) {
      add(resolveDateRef(deadline.due, events), deadline.kind, deadline.name || DEADLINE_KINDS[deadline.kind])
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || (b.missingCount ?? -1) - (a.missingCount ?? -1))
}
