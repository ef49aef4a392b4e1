// An award decision (quyết định khen thưởng) as proposed rows of the award registry, one per awardee:
// who (a person, a collective or a household, with what the decision says to find them by), which
// title or form (its catalogue code when the wording and the issuer name one, else the form as
// written), for which year's achievement, by which decision, on which track and at which level.
// Pure: matching the subjects to stored people and units is the server's (imports/match-awardees.ts).
import { CATALOGUE, type CatalogueCode, type CommendationKind, type SubjectKind, type Track } from '../../rules/index.ts'
import type { Awardee, ParsedFields, Span } from './types.ts'
import { achievementYear, cleanForm, commendationKind, decisionForm } from './to-awards/decision-text.ts'
import { recogniseCode } from './to-awards/catalogue-code.ts'
import { levelOf, trackOf, type AwardLevel } from './to-awards/issuer.ts'
import { proposedSubject, type ProposedSubject } from './to-awards/subject.ts'

export type { ProposedSubject }

/** What the mapping reads of a parsed decision. */
export type DecisionFields = Pick<ParsedFields, 'number' | 'symbol' | 'date' | 'issuer' | 'title' | 'awardees'>

export interface ProposedAward {
  subjectKind: SubjectKind
  code: CatalogueCode | null
  /** The form as the decision writes it; the catalogue's name when it writes none; null when unknown. */
  name: string | null
  /** The year the achievement refers to; null when neither the text nor the decision date gives one. */
  year: number | null
  decisionNumber: string | null
  decisionDate: string | null
  /** The issuing body as written. */
  decisionIssuer: string | null
  track: Track
  level: AwardLevel | null
  kind: CommendationKind
}

export interface ProposedAwardRow {
  /** The awardee's position in `awardees`. */
  index: number
  awardee: Awardee
  subject: ProposedSubject
  proposed: ProposedAward
}

/** A decision as the registry records it. */
export interface DecisionRef {
  /** Number and symbol: "152/QĐ-UBND". */
  number: string | null
  /** The date when the document gives all of it. */
  date: string | null
  /** The issuing body as written. */
  issuer: string | null
}

export function decisionRef(d: Pick<ParsedFields, 'number' | 'symbol' | 'date' | 'issuer'>): DecisionRef {
  const number = d.number?.trim() || null
  const symbol = d.symbol?.trim() || null
  return {
    number: number && symbol ? `${number}/${symbol}` : number,
    date: d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? d.date : null,
    issuer: d.issuer?.trim() || null,
  }
}

/**
 * The proposed registry rows of a decision. `text` is the parser's normalized text; `itemSpans[i]`, when
 * given, the span of awardee i's line in it (a household's village is read from the line as written).
 */
export function toAwardRecords(decision: DecisionFields, text: string, itemSpans: readonly Span[] = []): ProposedAwardRow[] {
  const decisionYear = decision.date && /^\d{4}/.test(decision.date) ? Number(decision.date.slice(0, 4)) : null
  const said = { title: decision.title, text, decisionYear }
  const year = achievementYear(said)
  const kind = commendationKind(said)
  const grantedForm = decisionForm(said)
  const ref = decisionRef(decision)
  const common = { year, decisionNumber: ref.number, decisionDate: ref.date, decisionIssuer: ref.issuer, level: levelOf(decision.issuer) }
  return decision.awardees.map((awardee, index) => {
    const span = itemSpans[index]
    const subject = proposedSubject(awardee, span ? text.slice(span.start, span.end) : null)
    const form = cleanForm(awardee.form) ?? grantedForm
    const code = recogniseCode(form, decision.issuer, subject.kind)
    const entry = code ? CATALOGUE[code] : null
    return {
      index,
      awardee,
      subject,
      proposed: {
        ...common,
        subjectKind: subject.kind,
        code,
        name: form ?? entry?.name ?? null,
        track: entry?.track ?? trackOf(decision.issuer),
        // A title has only its own kinds (Lao động tiên tiến is always for the year's work).
        kind: entry && !entry.kinds.includes(kind) ? entry.kinds[0]! : kind,
      },
    }
  })
}
