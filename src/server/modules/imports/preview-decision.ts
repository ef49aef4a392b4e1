// An award decision read as registry rows to review: each awardee with the row proposed (subject kind,
// catalogue code or the form as written, year, decision, track, level), the stored subject it matches in
// the caller's scope (or the candidates to choose from), and the awards already recorded that the row
// may duplicate. Nothing is written: the officer applies the reviewed rows (apply-decision.ts).
import { randomUUID } from 'node:crypto'
import { toAwardRecords, type ProposedAward, type ProposedSubject } from '../../../documents/parse/to-award-records.ts'
import type { Awardee } from '../../../documents/parse/types.ts'
import type { SubjectKind } from '../../../rules/index.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findSubjects, type Subject } from '../history/subjects.repository.ts'
import { listIdentityCandidates } from '../registry/registry.repository.ts'
import { duplicateWarnings, type DuplicateWarning } from '../registry/registry-duplicates.ts'
import type { AwardeeMatch } from './awardee-matching.ts'
import type { PreviewDecisionInput } from './imports.schemas.ts'
import { matchAwardees } from './match-awardees.ts'

export interface DecisionPreviewRow {
  index: number
  /** The awardee as the parser read it. */
  awardee: Awardee
  /** Who the decision names, with what it gives to find them by. */
  identity: ProposedSubject
  proposed: ProposedAward
  match: AwardeeMatch
  /** For a matched row: awards already recorded that the same achievement may duplicate. */
  duplicateWarnings: DuplicateWarning[]
}

export interface DecisionPreview {
  rows: DecisionPreviewRow[]
}

/** The registry's warnings for the row as it would be written for its matched subject. */
async function warningsFor(ctx: UseCaseContext, proposed: ProposedAward, subject: Subject | undefined): Promise<DuplicateWarning[]> {
  if (!subject || proposed.year === null || !proposed.name) return []
  const row = {
    id: randomUUID(), subjectKind: subject.kind, subjectId: subject.id, subjectName: subject.name, subjectBirthDate: subject.birthDate, subjectCccd: subject.cccd,
    code: proposed.code, name: proposed.name, track: proposed.track, year: proposed.year, kind: proposed.kind, campaignId: null,
    decisionNumber: proposed.decisionNumber, decisionDate: proposed.decisionDate,
  }
  return duplicateWarnings(row, await listIdentityCandidates(ctx.db, ctx.actor.provinceId, row))
}

export async function previewDecision(ctx: UseCaseContext, input: PreviewDecisionInput): Promise<DecisionPreview> {
  const { parsed } = input
  const proposals = toAwardRecords(parsed, parsed._meta.text, parsed._meta.sources?.awardees ?? [])
  const matches = await matchAwardees(ctx.db, ctx.actor, proposals.map((p) => p.subject))
  const matchedIds = (kind: SubjectKind) => matches.flatMap((m, i) => (m.subjectId && proposals[i]!.subject.kind === kind ? [m.subjectId] : []))
  const subjects = new Map(
    (await Promise.all((['individual', 'collective', 'household'] as const).map((kind) => findSubjects(ctx.db, ctx.actor.provinceId, kind, matchedIds(kind))))).flat().map((s) => [s.id, s]),
  )
  const rows: DecisionPreviewRow[] = []
  for (const [i, p] of proposals.entries()) {
    const match = matches[i]!
    const subject = match.subjectId ? subjects.get(match.subjectId) : undefined
    rows.push({ index: p.index, awardee: p.awardee, identity: p.subject, proposed: p.proposed, match, duplicateWarnings: await warningsFor(ctx, p.proposed, subject) })
  }
  return { rows }
}
