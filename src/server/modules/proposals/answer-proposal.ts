import { randomUUID } from 'node:crypto'
import { viDate } from '../../../rules/dates.ts'
import { NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, forbidden, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findSubject } from '../history/subjects.repository.ts'
import { moveNomination, nominationLabel } from '../nominations/nomination-status.ts'
import { findNominations } from '../nominations/nominations.repository.ts'
import { prepareAward } from '../registry/award-input.ts'
import { insertAwards, type AwardWrite } from '../registry/registry.repository.ts'
import { loadProposal } from './proposal-access.ts'
import { awardLevelOf } from './proposal-destination.ts'
import { CLOSED, proposalDetail, type ProposalDetail } from './proposal-view.ts'
import { decidedAnswer, type AnswerInput } from './proposals.schemas.ts'
import { listItemIds, touchOpenProposal } from './proposals.repository.ts'
import { settleProposals } from './settle-proposals.ts'

const refuse = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message })

/**
 * Records the level above's answer for some nominations of a sent or exported proposal: decided (the
 * decision's number, date and issuer) writes the registry row through the registry's own checks and moves
 * the nomination to "decided"; refused (with the reason) moves it to "failed". Once every nomination is
 * answered the proposal is answered: decided, partly, or returned (settle-proposals.ts). A proposal sent inside tdkt is answered
 * by the level it went to; an exported one by the sender, from the paper answer. One transaction.
 */
export async function answerProposal(ctx: UseCaseContext, id: string, input: AnswerInput): Promise<ProposalDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { proposal, sides } = await loadProposal(tx, actor, id, 'proposal.write')
    if (proposal.status === 'draft') throw new AppError('CONFLICT', `Tờ trình «${proposal.title}» chưa gửi cấp trên: chưa có kết quả để ghi.`)
    if (proposal.status === 'answered') throw new AppError('CONFLICT', `Tờ trình «${proposal.title}» đã có kết quả trả lời cho mọi đề nghị.`)
    if (proposal.status === 'sent' && !sides.receiver) throw forbidden(`Kết quả của tờ trình gửi trong hệ thống do ${proposal.toOrganizationName} ghi.`)
    if (proposal.status === 'exported' && !sides.sender) throw forbidden(`Kết quả của tờ trình đã xuất gói hồ sơ do ${proposal.fromOrganizationName} ghi theo văn bản trả lời.`)
    if (proposal.version !== input.version) throw staleVersion(`Tờ trình «${proposal.title}»`)

    const ids = await listItemIds(tx, actor.provinceId, id)
    const nominations = new Map((await findNominations(tx, actor.provinceId, ids)).map((n) => [n.id, n]))
    const awards: AwardWrite[] = []
    for (const [i, answer] of input.items.entries()) {
      const n = nominations.get(answer.nominationId)
      if (!n) throw refuse(`items.${i}.nominationId`, `Kết quả thứ ${i + 1}: đề nghị không thuộc tờ trình này.`)
      if (CLOSED.includes(n.status)) throw refuse(`items.${i}.nominationId`, `${nominationLabel(n)}: đã có kết quả "${NOMINATION_STATUS_LABELS[n.status]}".`)
      if (answer.outcome === 'refused') {
        await moveNomination(tx, ctx, n, 'failed', { reason: `${proposal.toName} không khen thưởng: ${answer.reason}`, action: 'answer' })
        continue
      }
      const subject = (await findSubject(tx, actor.provinceId, n.subjectKind, n.subjectId))!
      const draft = {
        code: n.target, name: null, track: null, level: awardLevelOf(n.authority), year: n.year, decisionNumber: answer.decisionNumber,
        decisionDate: answer.decisionDate, decisionIssuer: answer.decisionIssuer, kind: n.kind, campaignId: n.campaignId, achievement: n.achievement,
      }
      try {
        awards.push(await prepareAward(tx, actor.provinceId, subject, draft, { id: randomUUID(), source: 'decision', schema: decidedAnswer }))
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'VALIDATION') throw error
        const fields = Object.fromEntries(Object.entries(error.fields ?? {}).map(([field, message]) => [`items.${i}.${field}`, message]))
        throw new AppError('VALIDATION', `${nominationLabel(n)}: ${Object.values(fields).join('; ')}`, fields)
      }
      await moveNomination(tx, ctx, n, 'decided', { reason: `Quyết định số ${answer.decisionNumber} ngày ${viDate(answer.decisionDate)} của ${answer.decisionIssuer}`, action: 'answer' })
    }
    await insertAwards(tx, actor.provinceId, awards)

    if (!(await touchOpenProposal(tx, actor.provinceId, id, input.note ?? null, input.version))) throw staleVersion(`Tờ trình «${proposal.title}»`)
    await recordAudit(tx, ctx, {
      action: 'answer', entity: 'upward_proposal', entityId: id, organizationId: proposal.fromOrganizationId,
      summary: `Ghi kết quả trả lời của ${proposal.toName} cho ${input.items.length} đề nghị của «${proposal.title}»`,
      before: { status: proposal.status, version: proposal.version },
      after: {
        note: input.note ?? null, items: input.items,
        records: awards.map((w) => ({ id: w.id, subjectKind: w.subjectKind, subjectId: w.subjectId, subjectName: w.subjectName, code: w.code, name: w.name, year: w.year, decisionNumber: w.decisionNumber })),
      },
    })
    // This proposal, and any other that carried the same nominations (a lower level's, sent on), once all are answered.
    await settleProposals(tx, ctx, input.items.map((i) => i.nominationId))
    const { proposal: saved } = await loadProposal(tx, actor, id, 'proposal.read')
    return proposalDetail(tx, actor, saved, sides)
  })
}
