// The cascade part of the dashboard: each plan's addressees by the state of their answer (answered / draft /
// not started / late, the cascade tree's states) and its registrations, from the database's counts. Pure.
import { cascadeCounts, type CampaignCompletion, type CascadeCounts, type DashboardData } from '../../../shared/statistics.ts'
import { answerDue } from '../campaigns/answer-status.ts'
import { datedEvents } from '../campaigns/campaign-events.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import type { PlanAnswers } from './statistics.repository.ts'

export function campaignsPart(
  plans: readonly PlanAnswers[],
  registrations: ReadonlyMap<string, { addressed: number; registered: number }>,
  eventDates: ReadonlyMap<string, Record<string, string>>,
  today: string,
): DashboardData['campaigns'] {
  const items: CampaignCompletion[] = plans.map((p) => {
    const due = answerDue(p.content, datedEvents(p.content.events, eventDates.get(p.id) ?? {}))
    return {
      campaignId: p.id,
      title: p.title,
      numberAndSymbol: numberAndSymbol(p.number, p.symbol, p.track),
      issuerName: p.issuerName,
      year: p.year,
      answerDue: due,
      addressed: p.addressed,
      counts: cascadeCounts(p, due, today),
      registration: registrations.get(p.id) ?? { addressed: 0, registered: 0 },
    }
  })
  const zero: CascadeCounts & { addressed: number } = { addressed: 0, answered: 0, draft: 0, notStarted: 0, late: 0 }
  const totals = items.reduce((t, i) => ({
    addressed: t.addressed + i.addressed,
    answered: t.answered + i.counts.answered,
    draft: t.draft + i.counts.draft,
    notStarted: t.notStarted + i.counts.notStarted,
    late: t.late + i.counts.late,
  }), zero)
  return { items, totals }
}
