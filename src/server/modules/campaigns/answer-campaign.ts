import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { findCampaign, insertCampaign, listAddressees, listAnswers, replaceParents } from './campaigns.repository.ts'
import { IN_FORCE } from './campaign-lifecycle.ts'
import { numberAndSymbol } from './campaign-numbering.ts'
import { campaignDetail, type CampaignDetail } from './campaign-view.ts'
import { loadIssuerIdentity } from './issuer-lookup.ts'
import { answerContent } from './answer-content.ts'
import { todayInVietnam } from './answer-status.ts'

/**
 * An addressee of an issued plan starts its answering plan: a draft of that organization implementing
 * the plan, pre-filled from it ("Thực hiện Kế hoạch số …"). One answer per addressee.
 */
export async function answerCampaign(ctx: UseCaseContext, id: string, organizationId: string): Promise<CampaignDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const parent = await findCampaign(tx, actor.provinceId, id)
    if (!parent) throw notFound('kế hoạch')
    const addressee = (await listAddressees(tx, actor.provinceId, [id])).find((a) => a.organizationId === organizationId)
    if (!addressee) {
      const message = 'Đơn vị xây dựng kế hoạch triển khai: không có trong danh sách nơi nhận của kế hoạch này.'
      throw new AppError('VALIDATION', message, { organizationId: message })
    }
    assertCan(actor, 'campaign.write', addressee.organizationPath)
    if (!IN_FORCE.includes(parent.status) || parent.number === null || parent.issuedOn === null) {
      throw new AppError('CONFLICT', 'Chỉ xây dựng kế hoạch triển khai cho kế hoạch đã ban hành và đang có hiệu lực.')
    }
    const existing = (await listAnswers(tx, actor.provinceId, [id])).find((a) => a.issuerId === organizationId)
    if (existing) {
      const message = `${addressee.organizationName} đã có kế hoạch triển khai "${existing.title}"; hãy mở kế hoạch đó để tiếp tục.`
      throw new AppError('DUPLICATE', message, { organizationId: message })
    }
    const organization = (await findOrganization(tx, actor.provinceId, organizationId))!
    const parentIssuer = (await findOrganization(tx, actor.provinceId, parent.issuerId))!
    const identity = await loadIssuerIdentity(tx, actor.provinceId, organization)
    const content = answerContent(
      {
        id: parent.id,
        content: parent.content,
        numberAndSymbol: numberAndSymbol(parent.number, parent.symbol, parent.track)!,
        issuedOn: parent.issuedOn,
        issuerName: (await loadIssuerIdentity(tx, actor.provinceId, parentIssuer)).formalName,
      },
      identity,
    )
    const newId = randomUUID()
    await insertCampaign(tx, actor.provinceId, {
      id: newId,
      issuerId: organization.id,
      track: identity.track,
      kind: content.kind,
      symbol: content.symbol,
      year: Number(todayInVietnam().slice(0, 4)),
      title: content.title,
      content,
      amendsId: null,
      createdBy: actor.accountId,
    })
    await replaceParents(tx, actor.provinceId, newId, [parent.id])
    const detail = await campaignDetail(tx, actor, (await findCampaign(tx, actor.provinceId, newId))!)
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'campaign', entityId: newId, organizationId: organization.id,
      summary: `Lập dự thảo kế hoạch triển khai Kế hoạch số ${numberAndSymbol(parent.number, parent.symbol, parent.track)} cho ${organization.name}`, after: detail,
    })
    return detail
  })
}
