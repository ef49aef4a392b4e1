// What the renderers of a plan's body share: the plan, its events with known dates, and the
// numbering of the section being rendered.
import type { PlanContent, PlanEvent } from '../../shared/campaign-plan.ts'
import type { SectionNumbering } from './numbering.ts'

export interface BodyContext {
  content: PlanContent
  /** The plan's events, dates from the calendar filled in (they resolve relative dates). */
  events: PlanEvent[]
  section: SectionNumbering
}
