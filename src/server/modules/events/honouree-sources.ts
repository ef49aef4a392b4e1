// Where a conference's honourees come from: the lines of the issued award decisions of the event's organization
// (or with a line of its subtree), as the decision printed them (src/server/modules/decisions). Reads only.
import type { Db } from '../../db/client.ts'
import { decisionDetail, decisionReferenceText, type DecisionLineView } from '../decisions/decision-view.ts'
import { findDecision, type DecisionRecord } from '../decisions/decisions.repository.ts'
import { listIssuedDecisionIds } from './honourees.repository.ts'
import type { EventRecord } from './events.repository.ts'

export interface HonoureeSource {
  decision: { id: string; numberAndSymbol: string | null; title: string; decisionDate: string; reference: string }
  lines: Array<Pick<DecisionLineView, 'nominationId' | 'position' | 'subject' | 'award'>>
}

/** The most recent decisions first; at most `limit` of them. */
export async function honoureeSources(db: Db, provinceId: string, event: EventRecord, limit = 30): Promise<HonoureeSource[]> {
  const ids = (await listIssuedDecisionIds(db, provinceId, event.organizationId, event.organizationPath)).slice(0, limit)
  const sources: HonoureeSource[] = []
  for (const id of ids) sources.push(await sourceOf(db, provinceId, (await findDecision(db, provinceId, id))!))
  return sources
}

/** One decision the event may take honourees from, or undefined when it may not (not issued, or of another organization). */
export async function honoureeSource(db: Db, provinceId: string, event: EventRecord, decisionId: string): Promise<HonoureeSource | undefined> {
  const allowed = await listIssuedDecisionIds(db, provinceId, event.organizationId, event.organizationPath)
  if (!allowed.includes(decisionId)) return undefined
  return sourceOf(db, provinceId, (await findDecision(db, provinceId, decisionId))!)
}

async function sourceOf(db: Db, provinceId: string, d: DecisionRecord): Promise<HonoureeSource> {
  const detail = await decisionDetail(db, provinceId, d)
  return {
    decision: { id: d.id, numberAndSymbol: detail.numberAndSymbol, title: d.title, decisionDate: d.decisionDate, reference: decisionReferenceText(d) },
    lines: detail.lines.map((l) => ({ nominationId: l.nominationId, position: l.position, subject: l.subject, award: l.award })),
  }
}
