// A proposal (tờ trình) or an achievement report (báo cáo thành tích) read as nomination drafts to review:
// each person, collective or household proposed, with the title or form (its catalogue code when the
// wording names one), the achievement and the year, and the stored subject it matches in the caller's
// scope (or the candidates to choose from), as preview-decision matches a decision's awardees. Nothing is
// written: the officer creates the reviewed drafts (apply-nomination.ts).
import { toNominationDrafts, type ProposedNomination } from '../../../documents/parse/to-nomination-drafts.ts'
import type { ProposedSubject } from '../../../documents/parse/to-award-records.ts'
import type { Awardee } from '../../../documents/parse/types.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { AwardeeMatch } from './awardee-matching.ts'
import type { PreviewNominationInput } from './imports.schemas.ts'
import { matchAwardees } from './match-awardees.ts'

export interface NominationPreviewRow {
  index: number
  /** The subject as the parser read it. */
  awardee: Awardee
  identity: ProposedSubject
  proposed: ProposedNomination
  match: AwardeeMatch
}

export interface NominationPreview {
  rows: NominationPreviewRow[]
}

export async function previewNomination(ctx: UseCaseContext, input: PreviewNominationInput): Promise<NominationPreview> {
  const { parsed } = input
  const proposals = toNominationDrafts(parsed, parsed._meta.text, parsed._meta.sources?.awardees ?? [])
  const matches = await matchAwardees(ctx.db, ctx.actor, proposals.map((p) => p.subject))
  return { rows: proposals.map((p, i) => ({ index: p.index, awardee: p.awardee, identity: p.subject, proposed: p.proposed, match: matches[i]! })) }
}
