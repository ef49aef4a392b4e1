// What the engine returns, and what each title's evaluator sees and gives back.
import type { AuthorityCode } from '../authorities.ts'
import type { Ballot, CatalogueCode, CatalogueEntry, DossierComponent, ProcedureNote } from '../catalogue/types.ts'
import type { SubjectHistory } from '../history.ts'
import type { MoneyRounding, RuleParameters } from '../parameters.ts'
import type { RuleSet, RuleSetId } from '../rule-sets.ts'
import type { CommendationKind, Confidence, DateSpan, SubjectKind, Track } from '../types.ts'

/** One standard checked: passed true/false, or null when the history does not say. */
export interface Criterion {
  /** Stable key, e.g. "ldtt.rating", "block.discipline". */
  id: string
  /** The standard, in Vietnamese. */
  criterion: string
  passed: boolean | null
  /** The article it implements: "Luật TĐKT 2022, Điều 24, khoản 1". */
  citation: string
  /** The facts used, in Vietnamese. */
  facts: string[]
  confidence: Confidence
  /** National law, or a province's own rule. */
  source: 'law' | 'province'
  /** For "one of" standards: each route and its result. */
  routes?: Criterion[]
}

export interface BonusAmount {
  coefficient: number | null
  baseSalary: number | null
  /** coefficient × base salary, before rounding. */
  unrounded: number | null
  amount: number | null
  rounding: MoneyRounding
  confidence: Confidence
  citations: string[]
  notes: string[]
}

export interface Evaluation {
  subject: { id: string | null; name: string | null; kind: SubjectKind }
  target: CatalogueCode
  targetName: string
  track: Track
  kind: CommendationKind
  /** The date the evaluation concerns (the decision date); it chooses the rule set. */
  date: string
  /** The year of achievement under review. */
  year: number
  ruleSet: { id: RuleSetId; name: string; from: string; to: string | null }
  province: string | null
  /** true: every criterion passed; false: at least one failed; null: none failed but some are unknown. */
  eligible: boolean | null
  criteria: Criterion[]
  authorities: { code: AuthorityCode; name: string; citation: string; confidence: Confidence }[]
  ballot: Ballot | null
  dossier: DossierComponent[]
  procedure: ProcedureNote[]
  bonus: BonusAmount | null
  /** Initiatives and achievements this award would use up (an initiative counts once). */
  usesInitiatives: string[]
  usesAchievements: string[]
  notes: string[]
}

export interface EvalContext {
  subject: SubjectHistory
  code: CatalogueCode
  entry: CatalogueEntry
  ruleSet: RuleSet
  params: RuleParameters
  date: string
  year: number
  kind: CommendationKind
  /** The achievement record being commended, when the proposal names one. */
  achievementId: string | undefined
}

export interface EvaluatorResult {
  /** National standards. */
  criteria: Criterion[]
  /** Standards the province details and may replace (Bắc Ninh wording, PPC frameworks). */
  localStandards?: Criterion[]
  /** The achievement period: discipline inside it, or an award of the same code for it, blocks. */
  period: DateSpan
  usesInitiatives?: string[]
  usesAchievements?: string[]
}

export type Evaluator = (ctx: EvalContext) => EvaluatorResult
