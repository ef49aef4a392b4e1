// A worked case: a question, the article it exercises and the verdict the law gives.
import type { EligibilityInputData } from '../input.ts'

type Expectation =
  /** Every criterion passes. */
  | { eligible: true; bonusAmount?: number }
  /** Exactly these criteria fail (by id); others may be unknown only if listed in `unknown`. */
  | { eligible: false; failing: string[]; unknown?: string[] }
  /** Nothing fails, these criteria are unknown. */
  | { eligible: null; unknown: string[] }
  /** Bad input: refused with a Vietnamese message naming this field. */
  | { error: string; message?: RegExp }

export interface WorkedCase {
  id: string
  /** What the case shows, in Vietnamese. */
  title: string
  /** The article the case exercises. */
  article: string
  input: EligibilityInputData
  expect: Expectation
}
