// What a nomination must satisfy before it is written: the nominating unit in the caller's subtree, the
// subject in the nominating unit's subtree, a title or form the law has for that kind of subject and that
// commendation kind, the simplified procedure only for commendation forms, and a campaign in force that
// covers the unit. Each refusal names its field in Vietnamese.
import { CATALOGUE, type CatalogueCode, type CommendationKind, type SubjectKind } from '../../../rules/index.ts'
import { COMMENDATION_KINDS } from '../../../rules/types.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { assertCan, type Actor } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { listAddressees } from '../campaigns/campaigns.repository.ts'
import { SUBJECT_LABELS } from '../history/subject-access.ts'
import { findSubject, type Subject } from '../history/subjects.repository.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'
import { loadCampaignRefs, type CampaignRef } from './campaign-deadline.ts'
import type { CreateNominationInput } from './nominations.schemas.ts'
import { loadChain } from './organization-chain.ts'

const refuse = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message })

/** Công trạng when the title or form has it, else its first kind. */
export function defaultKind(target: CatalogueCode): CommendationKind {
  const kinds = CATALOGUE[target].kinds
  return kinds.includes('cong_trang') ? 'cong_trang' : kinds[0]!
}

/** Refuses a title or form the law does not have for this subject, kind of commendation or procedure. */
export function assertTargetFits(target: CatalogueCode, subjectKind: SubjectKind, kind: CommendationKind, simplified: boolean): void {
  const entry = CATALOGUE[target]
  if (entry.category === 'rating') throw refuse('target', `Danh hiệu, hình thức đề nghị: ${entry.name} là kết quả xếp loại, không phải danh hiệu thi đua hay hình thức khen thưởng`)
  if (!entry.subjects.includes(subjectKind)) {
    throw refuse('target', `Danh hiệu, hình thức đề nghị: ${entry.short} không xét cho ${SUBJECT_LABELS[subjectKind]} (chỉ cho ${entry.subjects.map((s) => SUBJECT_LABELS[s]).join(', ')})`)
  }
  if (!entry.kinds.includes(kind)) {
    throw refuse('kind', `Loại hình khen thưởng: ${entry.short} không có loại hình «${COMMENDATION_KINDS[kind]}» (chỉ: ${entry.kinds.map((k) => COMMENDATION_KINDS[k]).join('; ')})`)
  }
  if (simplified && entry.category !== 'form') {
    throw refuse('simplified', `Thủ tục đơn giản: chỉ áp dụng cho hình thức khen thưởng, không áp dụng cho danh hiệu thi đua ${entry.short} (Luật TĐKT 2022, Điều 85)`)
  }
}

/** An issued campaign in force whose issuer's subtree, or one of whose addressees' subtrees, holds the unit. */
async function campaignFor(db: Db, actor: Actor, campaignId: string, org: Organization): Promise<CampaignRef> {
  const campaign = (await loadCampaignRefs(db, actor.provinceId, [campaignId])).get(campaignId)
  if (!campaign) throw refuse('campaignId', 'Kế hoạch thi đua: không tồn tại')
  const label = `Kế hoạch thi đua «${campaign.title}»`
  if (campaign.status === 'draft') throw refuse('campaignId', `${label} chưa ban hành: chưa nhận đề nghị khen thưởng theo kế hoạch này`)
  if (campaign.status === 'closed') throw refuse('campaignId', `${label} đã tổng kết: không nhận thêm đề nghị khen thưởng`)
  const addressees = await listAddressees(db, actor.provinceId, [campaignId])
  const covered = org.path.startsWith(campaign.issuerPath) || addressees.some((a) => org.path.startsWith(a.organizationPath))
  if (!covered) throw refuse('campaignId', `${label} không áp dụng cho ${org.name}: đơn vị không thuộc ${campaign.issuerName} hay đơn vị nhận kế hoạch`)
  return campaign
}

export interface CheckedCreation {
  organization: Organization
  chain: Organization[]
  subject: Subject
  campaign: CampaignRef | null
  kind: CommendationKind
  decisionDate: string
}

export async function checkCreation(db: Db, actor: Actor, input: CreateNominationInput): Promise<CheckedCreation> {
  const organization = await findOrganization(db, actor.provinceId, input.nominatingOrganizationId)
  if (!organization) throw refuse('nominatingOrganizationId', 'Đơn vị đề nghị: không tồn tại')
  assertCan(actor, 'nomination.write', organization.path)
  const subject = await findSubject(db, actor.provinceId, input.subjectKind, input.subjectId)
  if (!subject) throw refuse('subjectId', `Đối tượng đề nghị: không tìm thấy ${SUBJECT_LABELS[input.subjectKind]} được chọn`)
  if (!subject.organizationPath.startsWith(organization.path)) {
    throw refuse('subjectId', `Đối tượng đề nghị: ${SUBJECT_LABELS[input.subjectKind]} được chọn không thuộc ${organization.name} hay đơn vị trực thuộc; đơn vị chỉ đề nghị khen thưởng cá nhân, tập thể, hộ gia đình của mình`)
  }
  const kind = input.kind ?? defaultKind(input.target)
  assertTargetFits(input.target, input.subjectKind, kind, input.simplified === true)
  const campaign = input.campaignId ? await campaignFor(db, actor, input.campaignId, organization) : null
  return { organization, chain: await loadChain(db, actor.provinceId, organization), subject, campaign, kind, decisionDate: input.decisionDate ?? todayInVietnam() }
}
