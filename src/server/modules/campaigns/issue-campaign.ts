import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, fromDatabaseError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { IssueCampaignInput } from './campaigns.schemas.ts'
import { findCampaign, findCampaigns, findNumberHolder, findRegisterSetting, markIssued, recordGivenNumber, takeNextNumber, type RegisterKey } from './campaigns.repository.ts'
import { formatNumber, numberAndSymbol, periodKeyFor, registerLabel } from './campaign-numbering.ts'
import { campaignDetail, type CampaignDetail } from './campaign-view.ts'

/**
 * Issues a draft: takes the next number of the issuer's register for the period of the issue date
 * (or checks that a number given by hand is still free), freezes the content and opens the answers
 * due from its addressees. Number and status change in one transaction with the audit row.
 */
export async function issueCampaign(ctx: UseCaseContext, id: string, input: IssueCampaignInput): Promise<CampaignDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findCampaign(tx, actor.provinceId, id)
    if (!current) throw notFound('kế hoạch')
    assertCan(actor, 'campaign.issue', current.issuerPath)
    if (current.status !== 'draft') {
      throw new AppError('CONFLICT', `Kế hoạch đã được ban hành (số ${numberAndSymbol(current.number, current.symbol, current.track)}), không ban hành lại.`)
    }
    if (input.version !== current.version) throw staleVersion('Kế hoạch')
    const unissuedParent = (await findCampaigns(tx, actor.provinceId, current.parentIds)).find((p) => p.status === 'draft')
    if (unissuedParent) {
      const message = `Kế hoạch cấp trên "${unissuedParent.title}" chưa được ban hành; hãy ban hành kế hoạch cấp trên trước.`
      throw new AppError('VALIDATION', message, { parentIds: message })
    }

    const setting = await findRegisterSetting(tx, actor.provinceId, current.issuerId)
    const key: RegisterKey = { issuerId: current.issuerId, docType: current.docType, periodKey: periodKeyFor(current.track, setting, input.issuedOn) }
    const used = (n: number) => {
      const message = `Số ${formatNumber(n)} đã được dùng trong ${registerLabel(key.docType, key.periodKey)} của ${current.issuerName}.`
      return new AppError('DUPLICATE', message, { number: message })
    }
    let number: number
    if (input.number !== undefined) {
      number = input.number
      if (await findNumberHolder(tx, actor.provinceId, key, number)) throw used(number)
      await recordGivenNumber(tx, actor.provinceId, key, number)
    } else {
      number = await takeNextNumber(tx, actor.provinceId, key)
    }
    const issued = await markIssued(tx, actor.provinceId, id, { number, periodKey: key.periodKey, issuedOn: input.issuedOn }, input.version).catch((error: unknown) => {
      throw fromDatabaseError(error, { campaigns_register_number: { field: 'number', message: used(number).message } })
    })
    if (!issued) throw staleVersion('Kế hoạch')
    const detail = await campaignDetail(tx, actor, (await findCampaign(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'issue', entity: 'campaign', entityId: id, organizationId: current.issuerId,
      summary: `Ban hành kế hoạch số ${detail.numberAndSymbol} "${detail.title}"`,
      before: { status: current.status, version: current.version },
      after: { status: detail.status, number: detail.number, numberAndSymbol: detail.numberAndSymbol, issuedOn: detail.issuedOn, periodKey: key.periodKey },
    })
    return detail
  })
}
