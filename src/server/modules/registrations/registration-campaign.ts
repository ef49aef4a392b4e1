// What a registration takes from its campaign: the plan must be issued and not yet closed (tổng kết), and its
// registration deadline (the first deadline of kind "registration", resolved through the event dates as they
// stand now) must not have passed.
import type { Db } from '../../db/client.ts'
import { resolveDateRef } from '../../../shared/campaign-plan.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { viDate } from '../../../rules/dates.ts'
import type { Actor } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import { loadVisibleCampaign } from '../campaigns/campaign-access.ts'
import { datedEvents } from '../campaigns/campaign-events.ts'
import { loadEventDates } from '../campaigns/answer-tracking.ts'
import type { CampaignWithContent } from '../campaigns/campaigns.repository.ts'

export interface RegistrationDeadline {
  name: string
  /** null while the event it hangs on has no date yet. */
  due: string | null
}

/** The plan's registration deadline, or null when it sets none. */
export async function registrationDeadline(db: Db, provinceId: string, campaign: CampaignWithContent): Promise<RegistrationDeadline | null> {
  const deadline = campaign.content.deadlines.find((d) => d.kind === 'registration')
  if (!deadline) return null
  const dates = (await loadEventDates(db, provinceId, [campaign.id])).get(campaign.id) ?? {}
  return { name: deadline.name, due: resolveDateRef(deadline.due, datedEvents(campaign.content.events, dates)) }
}

/** The campaign a unit registers for, refused when it is not open for registration (with the field to show it on). */
export async function openCampaign(db: Db, actor: Actor, campaignId: string, today = todayInVietnam()): Promise<CampaignWithContent> {
  const campaign = await loadVisibleCampaign(db, actor, campaignId)
  const refuse = (message: string) => new AppError('VALIDATION', message, { campaignId: message })
  if (campaign.status === 'draft') throw refuse(`Kế hoạch thi đua «${campaign.title}» chưa ban hành, chưa thể đăng ký thi đua.`)
  if (campaign.status === 'closed') throw refuse(`Kế hoạch thi đua «${campaign.title}» đã tổng kết, không nhận đăng ký thi đua nữa.`)
  const deadline = await registrationDeadline(db, actor.provinceId, campaign)
  if (deadline?.due && today > deadline.due) {
    throw refuse(`Đã quá hạn đăng ký thi đua của kế hoạch «${campaign.title}» (${deadline.name}: ${viDate(deadline.due)}).`)
  }
  return campaign
}
