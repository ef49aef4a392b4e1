// The award part of the dashboard from the database's aggregates: by form, level, year and target group,
// and the three shares with their year-on-year trend against the province's targets. Pure.
import { againstTarget, shareOf, shareTrend, SHARE_KEYS, type DashboardData, type ShareKey, type StatisticsSettings } from '../../../shared/statistics.ts'
import { awardLabel } from './award-labels.ts'
import type { FormRow, YearRow } from './statistics.repository.ts'

/** Numerator and denominator of each share in a row of counts. */
const SHARE_PARTS: Record<ShareKey, (r: YearRow) => { numerator: number; denominator: number }> = {
  directWorkers: (r) => ({ numerator: r.directWorkers, denominator: r.individual }),
  women: (r) => ({ numerator: r.women, denominator: r.individual }),
  smallCollectives: (r) => ({ numerator: r.smallCollectives, denominator: r.collective }),
}

const EMPTY_YEAR: YearRow = { year: null, total: 0, individual: 0, collective: 0, household: 0, directWorkers: 0, women: 0, smallCollectives: 0 }

export function awardsPart(
  forms: readonly FormRow[],
  levels: DashboardData['awards']['byLevel'],
  years: readonly YearRow[],
  range: { fromYear: number; toYear: number },
  settings: StatisticsSettings,
): Pick<DashboardData, 'awards' | 'shares'> {
  const whole = years.find((y) => y.year === null) ?? EMPTY_YEAR
  const perYear = years.filter((y): y is YearRow & { year: number } => y.year !== null)
  const byYear = Array.from({ length: range.toYear - range.fromYear + 1 }, (_, i) => range.fromYear + i).map((year) => {
    const y = perYear.find((r) => r.year === year) ?? { ...EMPTY_YEAR, year }
    return { year, total: y.total, bySubject: { individual: y.individual, collective: y.collective, household: y.household } }
  })
  const shares = Object.fromEntries(
    SHARE_KEYS.map((key) => {
      const total = SHARE_PARTS[key](whole)
      const share = shareOf(total)
      const target = settings.targets[key]
      return [key, {
        total: { ...total, share },
        target,
        verdict: againstTarget(share, target),
        years: shareTrend(perYear.map((y) => ({ year: y.year, ...SHARE_PARTS[key](y) })), range.fromYear, range.toYear),
      }]
    }),
  ) as DashboardData['shares']
  return {
    awards: {
      total: whole.total,
      bySubject: { individual: whole.individual, collective: whole.collective, household: whole.household },
      byForm: forms.map((f) => ({ code: f.code, ...awardLabel(f.code, f.name), total: f.total, bySubject: { individual: f.individual, collective: f.collective, household: f.household } })),
      byLevel: [...levels],
      byYear,
    },
    shares,
  }
}
