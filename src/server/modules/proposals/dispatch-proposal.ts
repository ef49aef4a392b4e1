import { viDate } from '../../../rules/dates.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { trackOf } from '../../../shared/issuer-identity.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { moveNomination } from '../nominations/nomination-status.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadOwnDraft, sidesOf } from './proposal-access.ts'
import { takeProposalNumber } from './proposal-numbering.ts'
import { checkItems } from './proposal-items.ts'
import { proposalDetail, type ProposalDetail } from './proposal-view.ts'
import { findProposal, listItemIds, markDispatched } from './proposals.repository.ts'

const refuse = (message: string) => new AppError('VALIDATION', message, { toOrganizationId: message })

/**
 * Sends a draft to the level above on tdkt (sent), or closes it for a body outside tdkt whose package is
 * then downloaded (exported): the next number of the sender's TTr register, today's date, and every
 * nomination — checked again — moved to "proposed", in one transaction with the audit rows.
 */
export async function dispatchProposal(ctx: UseCaseContext, id: string, version: number, mode: 'sent' | 'exported'): Promise<ProposalDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const draft = await loadOwnDraft(tx, actor, id)
    if (draft.version !== version) throw staleVersion(`Tờ trình «${draft.title}»`)
    if (mode === 'sent' && draft.toOrganizationId === null) throw refuse(`${draft.toName} không dùng tdkt: xuất gói hồ sơ (ZIP) để gửi.`)
    if (mode === 'exported' && draft.toOrganizationId !== null) throw refuse(`${draft.toOrganizationName} dùng tdkt: gửi tờ trình trong hệ thống.`)
    const { nominations } = await checkItems(tx, actor, await listItemIds(tx, actor.provinceId, id), id)
    const from = (await findOrganization(tx, actor.provinceId, draft.fromOrganizationId))!
    const numbering = await takeProposalNumber(tx, actor.provinceId, from, todayInVietnam())
    if (!(await markDispatched(tx, actor.provinceId, id, mode, numbering, version))) throw staleVersion(`Tờ trình «${draft.title}»`)
    const reference = `Tờ trình số ${numberAndSymbol(numbering.number, numbering.symbol, trackOf(from.kind))} ngày ${viDate(numbering.sentOn)}`
    for (const n of nominations) await moveNomination(tx, ctx, n, 'proposed', { reason: `${reference} trình ${draft.toName}`, action: 'propose' })
    const saved = (await findProposal(tx, actor.provinceId, id))!
    if (draft.toOrganizationId) await notifyOrganization(tx, actor.provinceId, draft.toOrganizationId, { kind: 'proposal.received', title: `Nhận ${reference} của ${from.name}`, body: `${draft.title}: ${nominations.length} trường hợp đề nghị khen thưởng.`, link: `/trinh-cap-tren/${id}`, audience: 'managers' })
    await recordAudit(tx, ctx, {
      action: mode === 'sent' ? 'send' : 'export', entity: 'upward_proposal', entityId: id, organizationId: from.id,
      summary: `${from.name} ${mode === 'sent' ? 'gửi' : 'xuất gói hồ sơ'} ${reference} đề nghị ${draft.toName} khen thưởng ${nominations.length} trường hợp`,
      before: { status: 'draft', version },
      after: { status: mode, version: saved.version, ...numbering, toOrganizationId: draft.toOrganizationId, toName: draft.toName, nominationIds: nominations.map((n) => n.id) },
    })
    return proposalDetail(tx, actor, saved, sidesOf(actor, saved))
  })
}
