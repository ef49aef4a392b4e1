import { randomUUID } from 'node:crypto'
import { CATALOGUE } from '../../../rules/index.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { fromDatabaseError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { assessNomination } from './nomination-assessment.ts'
import { checkCreation } from './nomination-input.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'
import { findNomination, insertEvent, insertNomination } from './nominations.repository.ts'
import type { CreateNominationInput } from './nominations.schemas.ts'

/** "«Nguyễn Văn An» đã được đề nghị LĐTT năm 2025" when the same proposal exists and has not failed. */
export const duplicateMessage = (subjectName: string, short: string, year: number, inCampaign: boolean) =>
  `Danh hiệu, hình thức đề nghị: ${subjectName} đã được đề nghị ${short} năm ${year}${inCampaign ? ' theo kế hoạch thi đua này' : ''}; không đề nghị trùng`

/** Writes a new draft with its creation in the history, once the input is checked and assessed; returns its id. */
export async function insertNewNomination(tx: Db, actor: Actor, input: CreateNominationInput): Promise<{ id: string; organizationName: string; subjectName: string }> {
  const checked = await checkCreation(tx, actor, input)
  const assessment = await assessNomination(tx, actor.provinceId, {
    subject: checked.subject, target: input.target, kind: checked.kind, year: input.year, decisionDate: checked.decisionDate, chain: checked.chain,
    decidingOrganizationId: input.decidingOrganizationId,
  })
  const id = randomUUID()
  await insertNomination(tx, actor.provinceId, {
    id, campaignId: checked.campaign?.id ?? null, year: input.year, nominatingOrganizationId: checked.organization.id,
    subjectKind: input.subjectKind, subjectId: checked.subject.id, subjectName: checked.subject.name, target: input.target, kind: checked.kind,
    achievement: input.achievement, simplifiedCase: input.simplified ? input.simplifiedCase! : null, reviewMeeting: input.reviewMeeting ?? null,
    decisionDate: checked.decisionDate, assessment, createdBy: actor.accountId,
  }).catch((error: unknown) => {
    const message = duplicateMessage(checked.subject.name, CATALOGUE[input.target].short, input.year, checked.campaign !== null)
    throw fromDatabaseError(error, { nominations_once: { field: 'target', message } })
  })
  await insertEvent(tx, actor.provinceId, {
    id: randomUUID(), nominationId: id, fromStatus: null, toStatus: 'draft', reason: null, batchId: null,
    actorId: actor.accountId, actorName: `${actor.displayName} (${actor.username})`,
  })
  return { id, organizationName: checked.organization.name, subjectName: checked.subject.name }
}

/**
 * A unit proposes one of its people, collectives or households for a title or form: saved as a draft with
 * the deciding level's authority check and the eligibility verdict on the decision date.
 */
export async function createNomination(ctx: UseCaseContext, input: CreateNominationInput): Promise<NominationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const written = await insertNewNomination(tx, actor, input)
    const detail = await nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, written.id))!)
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'nomination', entityId: written.id, organizationId: input.nominatingOrganizationId,
      summary: `${written.organizationName} lập đề nghị ${detail.targetShort} năm ${input.year} cho ${written.subjectName}`,
      after: { ...detail, eligibility: { evaluatedAt: detail.eligibility.evaluatedAt, eligible: detail.eligible } },
    })
    return detail
  })
}
