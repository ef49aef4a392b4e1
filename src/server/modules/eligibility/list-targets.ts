import { AUTHORITIES, CATALOGUE, CATALOGUE_CODES, CATEGORIES, type CatalogueCode, type CatalogueEntry, type Confidence, type RuleSetId, type SubjectKind } from '../../../rules/index.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { ruleSetOrRefuse } from './eligibility-errors.ts'

export interface Target {
  code: CatalogueCode
  name: string
  short: string
  category: CatalogueEntry['category']
  categoryLabel: string
  track: CatalogueEntry['track']
  subjects: SubjectKind[]
  kinds: CatalogueEntry['kinds']
  standardsSetBy: CatalogueEntry['standardsSetBy']
  citation: string
  confidence: Confidence
  /** False when the title or form does not exist under the rule set of the date (or its guidance is not in force yet). */
  available: boolean
  /** Who may confer it on the date. */
  authorities: { code: string; name: string; citation: string; confidence: Confidence }[]
}

/** The titles and forms of the catalogue (for one kind of subject), with who confers them on the date. */
export function listTargets(query: { subjectKind?: SubjectKind | undefined; date?: string | undefined }): { date: string; ruleSet: { id: RuleSetId; name: string }; items: Target[] } {
  const date = query.date ?? todayInVietnam()
  const ruleSet = ruleSetOrRefuse(date)
  const items = CATALOGUE_CODES.map((code) => CATALOGUE[code])
    .filter((entry) => !query.subjectKind || entry.subjects.includes(query.subjectKind))
    .map((entry): Target => {
      const details = entry.byRuleSet[ruleSet.id]
      return {
        code: entry.code, name: entry.name, short: entry.short, category: entry.category, categoryLabel: CATEGORIES[entry.category], track: entry.track,
        subjects: entry.subjects, kinds: entry.kinds, standardsSetBy: entry.standardsSetBy, citation: entry.citation, confidence: entry.confidence,
        available: details !== undefined && (!entry.validFrom || entry.validFrom <= date),
        authorities: (details?.authorities ?? []).map((g) => ({ code: g.authority, name: AUTHORITIES[g.authority].label, citation: g.citation, confidence: g.confidence })),
      }
    })
  return { date, ruleSet: { id: ruleSet.id, name: ruleSet.name }, items }
}
