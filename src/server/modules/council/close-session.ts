import { tallyReason } from '../../../shared/council-rules.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { moveNomination } from '../nominations/nomination-status.ts'
import { settleProposals } from '../proposals/settle-proposals.ts'
import { findNominations } from '../nominations/nominations.repository.ts'
import { loadSession } from './council-access.ts'
import { listItems, saveResult } from './agenda.repository.ts'
import { listOpinions } from './ballot.repository.ts'
import { recheckQuotas } from './quota-recheck.ts'
import { assertOpen, meetingLabel } from './session-rules.ts'
import { markClosed } from './session.repository.ts'
import { freshDetail, itemTally, type SessionDetail } from './session-view.ts'

/**
 * Closes voting and decides each item: the votes in favour (secret ballots and written opinions) against the
 * item's threshold of ALL members (Nghị định 98/2023 Điều 30 khoản 7, or the council's rule), then the quotas
 * again over what would pass (quota-recheck.ts); each nomination moves to "Hội đồng đã thông qua" or "Không
 * được thông qua" with the figures as its reason.
 */
export async function closeSession(ctx: UseCaseContext, sessionId: string, version: number): Promise<SessionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx }
    const { session, council } = await loadSession(tx, actor, sessionId, 'council.manage', 'update')
    assertOpen(session, 'kết thúc phiên họp')
    if (version !== session.version) throw staleVersion(`Phiên họp «${session.title}»`)
    const total = session.totalMembers!
    const [items, opinions] = await Promise.all([listItems(tx, actor.provinceId, sessionId), listOpinions(tx, actor.provinceId, sessionId)])
    const tallies = new Map(items.map((i) => [i.id, itemTally(i, opinions.filter((o) => o.itemId === i.id), total)]))
    const passing = items
      .filter((i) => tallies.get(i.id)!.reachedThreshold)
      .map((i) => ({ itemId: i.id, nominationId: i.nominationId, subjectKind: i.subjectKind, subjectId: i.subjectId, target: i.target, year: i.year, votesFor: tallies.get(i.id)!.total.for }))
    const overQuota = await recheckQuotas(t, council, passing, new Set(items.map((i) => i.nominationId)))
    if (!(await markClosed(tx, actor.provinceId, sessionId, version))) throw staleVersion(`Phiên họp «${session.title}»`)
    const nominations = new Map((await findNominations(tx, actor.provinceId, items.map((i) => i.nominationId))).map((n) => [n.id, n]))
    const results = []
    for (const item of items) {
      const tally = tallies.get(item.id)!
      const quota = overQuota.get(item.id)
      const result = tally.reachedThreshold && !quota ? 'passed' : 'failed'
      const reason = `${tallyReason(tally.total.for, total, { share: item.thresholdShare, strict: item.thresholdStrict, citation: item.thresholdCitation })}${quota ? `. ${quota}` : ''}`
      await saveResult(tx, actor.provinceId, item.id, result)
      await moveNomination(tx, ctx, nominations.get(item.nominationId)!, result, { reason, action: 'council_result' })
      results.push({ itemId: item.id, nominationId: item.nominationId, ...tally.total, result })
    }
    // a proposal from below whose nominations this council failed may now be fully answered
    await settleProposals(tx, ctx, results.filter((r) => r.result === 'failed').map((r) => r.nominationId))
    const passed = results.filter((r) => r.result === 'passed').length
    await recordAudit(tx, ctx, {
      action: 'close', entity: 'council_session', entityId: sessionId, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: kết thúc, thông qua ${passed}/${items.length} đề nghị`,
      after: { totalMembers: total, results },
    })
    return freshDetail(t, council, sessionId)
  })
}
