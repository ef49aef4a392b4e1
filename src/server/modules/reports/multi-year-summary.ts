// The multi-year summary of a level (tổng kết 5 năm, seed 002: 2020–2025, with the direction for 2025–2030), from
// the registry and the plans as they stand now: forms and titles per year, awards per kind of subject, the
// shares to women and direct workers, the plans the subtree issued and how their addressees answered; and the
// narrative the level's officer writes. Reads only.
import { can, inScope } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { yearRange } from '../../../rules/dates.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { loadLevel, savedNarrative, type SavedNarrative } from './compile-report.ts'
import { countAwardsByYear, listIssuedCampaigns, type IssuedCampaign } from './figures.repository.ts'
import { findNarrative } from './reports.repository.ts'
import type { SummaryQuery } from './reports.schemas.ts'
import { individualShares, kindsByYear, yearTable, type IndividualShares, type KindYear, type YearTable } from './summary-figures.ts'

export interface MultiYearSummary {
  organization: { id: string; name: string }
  yearFrom: number
  yearTo: number
  years: number[]
  forms: YearTable
  titles: YearTable
  kinds: KindYear[]
  shares: IndividualShares
  campaigns: (IssuedCampaign & { numberAndSymbol: string | null })[]
  narrative: SavedNarrative
  canEditNarrative: boolean
}

export async function multiYearSummary(ctx: UseCaseContext, query: SummaryQuery): Promise<MultiYearSummary> {
  const { db, actor } = ctx
  const level = await loadLevel(ctx, query.organizationId)
  const years = yearRange(query.yearFrom, query.yearTo)
  const [counts, campaigns, narrative] = await Promise.all([
    countAwardsByYear(db, actor.provinceId, level.path, query.yearFrom, query.yearTo),
    listIssuedCampaigns(db, actor.provinceId, level.path, query.yearFrom, query.yearTo),
    findNarrative(db, actor.provinceId, { kind: 'years', organizationId: level.id, yearFrom: query.yearFrom, yearTo: query.yearTo }),
  ])
  return {
    organization: { id: level.id, name: level.name },
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
    years,
    forms: yearTable(counts, years, 'form'),
    titles: yearTable(counts, years, 'title'),
    kinds: kindsByYear(counts, years),
    shares: individualShares(counts),
    campaigns: campaigns.map((c) => ({ ...c, numberAndSymbol: numberAndSymbol(c.number, c.symbol, c.track) })),
    narrative: savedNarrative(narrative),
    canEditNarrative: can(actor, 'report.compile') && inScope(actor, level.path),
  }
}
