import { randomUUID } from 'node:crypto'
import { CATALOGUE, RuleSetError } from '../../../rules/index.ts'
import { automaticRecusal, itemThreshold } from '../../../shared/council-rules.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { moveNomination } from '../nominations/nomination-status.ts'
import { loadSession } from './council-access.ts'
import { listMembers } from './council.repository.ts'
import { findCandidate, insertItem, insertRecusal } from './agenda.repository.ts'
import { agendaProblem } from './agenda-eligibility.ts'
import { assertDraft, meetingLabel } from './session-rules.ts'
import { touchSession } from './session.repository.ts'
import { freshDetail, type SessionDetail } from './session-view.ts'

/**
 * Puts a nomination on a session's agenda: fixes the threshold it needs (the decree's ballot for its title on
 * its decision date, else the council's majority rule), writes the automatic recusals, and moves the
 * nomination to "Trình Hội đồng" if it is not there yet.
 */
export async function addAgendaItem(ctx: UseCaseContext, sessionId: string, nominationId: string): Promise<SessionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { session, council } = await loadSession(tx, actor, sessionId, 'council.manage', 'update')
    assertDraft(session, 'thêm nội dung vào chương trình')
    const candidate = await findCandidate(tx, actor.provinceId, council.organizationId, nominationId)
    if (!candidate) throw notFound('đề nghị khen thưởng')
    const problem = agendaProblem(candidate, council)
    if (problem) throw new AppError('VALIDATION', `${problem}.`, { nominationId: problem })
    let threshold
    try {
      threshold = itemThreshold(candidate.target, candidate.decisionDate, council.majorityShare)
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error
      throw new AppError('VALIDATION', error.message, { nominationId: error.message })
    }
    const itemId = randomUUID()
    await insertItem(tx, actor.provinceId, {
      id: itemId, sessionId, nominationId, thresholdShare: threshold.share, thresholdStrict: threshold.strict, thresholdLabel: threshold.label, thresholdCitation: threshold.citation,
    })
    const nominee = {
      subjectKind: candidate.subjectKind, subjectId: candidate.subjectId,
      nominatingOrganization: { id: candidate.nominatingOrganizationId, name: candidate.nominatingOrganizationName },
      subjectOrganization: { id: candidate.subjectOrganizationId, name: candidate.subjectOrganizationName },
    }
    const recused: string[] = []
    for (const member of (await listMembers(tx, actor.provinceId, council.id)).filter((m) => m.active)) {
      const reason = automaticRecusal(member, nominee)
      if (reason === null) continue
      await insertRecusal(tx, actor.provinceId, { itemId, memberId: member.id, reason, automatic: true })
      recused.push(`${member.fullName}: ${reason}`)
    }
    if (candidate.status !== 'to_council') {
      await moveNomination(tx, ctx, candidate, 'to_council', { reason: `Đưa vào chương trình ${meetingLabel(session, council)}`, action: 'send_to_council' })
    }
    await touchSession(tx, actor.provinceId, sessionId)
    await recordAudit(tx, ctx, {
      action: 'add_item', entity: 'council_session', entityId: sessionId, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: thêm đề nghị «${candidate.subjectName}» — ${CATALOGUE[candidate.target].short} (${threshold.label})`,
      after: { itemId, nominationId, threshold, recusals: recused },
    })
    return freshDetail({ ...ctx, db: tx }, council, sessionId)
  })
}
