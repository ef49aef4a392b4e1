// What the API answers about nominations: the summary of lists (status, subject, target, verdict, who
// decides, the proposal, the campaign's dossier deadline, the processing timer) and the detail of one
// (the authority check, the eligibility snapshot, the dossier with its completeness, the status history).
import type { Db } from '../../db/client.ts'
import { CATALOGUE, type CatalogueCode, type CommendationKind, type EligibilityInputData, type Evaluation, type SubjectKind } from '../../../rules/index.ts'
import { NOMINATION_STATUS_LABELS, nextStatuses, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { DOSSIER_PARTS, GENERATED_PARTS, SIMPLIFIED_CASES, type Completeness, type GeneratedPart, type SimplifiedCase } from '../../../shared/nomination-dossier.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { loadHolidays } from '../holidays/load-holidays.ts'
import { isLate, loadCampaignRefs, type CampaignRef } from './campaign-deadline.ts'
import type { DecidingAuthority } from './deciding-authority.ts'
import { completenessOf, generatedProblems } from './nomination-completeness.ts'
import { findBatches, listAttachments, listEvents, type Attachment, type BatchRecord, type NominationEvent, type NominationRecord, type NominationWithEvaluation } from './nominations.repository.ts'
import type { ReviewMeeting } from './nominations.schemas.ts'
import { processingTimer, type ProcessingTimer } from './processing-timer.ts'

export interface BatchView {
  id: string
  organizationId: string
  number: number
  /** "05/TTr-UBND" (Party: "05-TTr/ĐU"). */
  numberAndSymbol: string
  submittedOn: string
}

export interface NominationSummary {
  id: string
  status: NominationStatus
  statusLabel: string
  year: number
  campaign: { id: string; numberAndSymbol: string | null; title: string } | null
  nominatingOrganization: { id: string; name: string }
  subject: { kind: SubjectKind; id: string; name: string; organizationName: string }
  target: CatalogueCode
  targetName: string
  targetShort: string
  kind: CommendationKind
  simplified: boolean
  simplifiedCase: SimplifiedCase | null
  /** The case of the simplified procedure, as worded (law.md §4.5). */
  simplifiedCaseLabel: string | null
  /** The eligibility verdict of the latest evaluation: true, false, or null when the history does not say. */
  eligible: boolean | null
  /** Who decides; competent false: that level may not confer it (see escalateTo). */
  deciding: { organizationId: string; organizationName: string; competent: boolean; escalateTo: DecidingAuthority['escalateTo'] }
  batch: BatchView | null
  submittedOn: string | null
  /** The campaign's dossier deadline (null outside a campaign or when it sets none). */
  deadline: { name: string; due: string | null; late: boolean; overridden: boolean } | null
  timer: ProcessingTimer | null
  version: number
  createdAt: string
  updatedAt: string
}

export interface GeneratedPartView {
  part: GeneratedPart
  label: string
  docx: string
  pdf: string
  /** Why it cannot be written yet (null: ready). */
  problem: string | null
}

export type AttachmentView = Omit<Attachment, 'nominationId'> & { partLabel: string; url: string }

export interface NominationDetail extends NominationSummary {
  achievement: string
  reviewMeeting: ReviewMeeting | null
  decisionDate: string
  authority: DecidingAuthority
  eligibility: { evaluatedAt: string; evaluation: Evaluation; input: EligibilityInputData }
  deadlineOverride: NominationRecord['deadlineOverride']
  dossier: { parts: GeneratedPartView[]; uploads: AttachmentView[]; completeness: Completeness }
  history: (NominationEvent & { fromLabel: string | null; toLabel: string })[]
  /** Where the nomination may go next (the actions still depend on the caller's role and scope). */
  nextStatuses: NominationStatus[]
}

export interface ViewContext {
  campaigns: Map<string, CampaignRef>
  batches: Map<string, BatchRecord>
  holidays: ReadonlySet<string>
  today: string
}

export async function loadViewContext(db: Db, provinceId: string, rows: readonly NominationRecord[]): Promise<ViewContext> {
  const [campaigns, batches, holidays] = await Promise.all([
    loadCampaignRefs(db, provinceId, rows.flatMap((r) => (r.campaignId ? [r.campaignId] : []))),
    findBatches(db, provinceId, [...new Set(rows.flatMap((r) => (r.batchId ? [r.batchId] : [])))]),
    loadHolidays(db, provinceId),
  ])
  return { campaigns, batches: new Map(batches.map((b) => [b.id, b])), holidays, today: todayInVietnam() }
}

export function batchView(b: BatchRecord): BatchView {
  return { id: b.id, organizationId: b.organizationId, number: b.number, numberAndSymbol: numberAndSymbol(b.number, b.symbol, b.track)!, submittedOn: b.submittedOn }
}

export function toSummary(r: NominationRecord, vc: ViewContext): NominationSummary {
  const entry = CATALOGUE[r.target]
  const campaign = r.campaignId ? vc.campaigns.get(r.campaignId) : undefined
  const batch = r.batchId ? vc.batches.get(r.batchId) : undefined
  const deadline = campaign?.deadline ?? null
  return {
    id: r.id,
    status: r.status,
    statusLabel: NOMINATION_STATUS_LABELS[r.status],
    year: r.year,
    campaign: campaign ? { id: campaign.id, numberAndSymbol: campaign.numberAndSymbol, title: campaign.title } : null,
    nominatingOrganization: { id: r.nominatingOrganizationId, name: r.nominatingOrganizationName },
    subject: { kind: r.subjectKind, id: r.subjectId, name: r.subjectName, organizationName: r.subjectOrganizationName },
    target: r.target,
    targetName: entry.name,
    targetShort: entry.short,
    kind: r.kind,
    simplified: r.simplifiedCase !== null,
    simplifiedCase: r.simplifiedCase,
    simplifiedCaseLabel: r.simplifiedCase && SIMPLIFIED_CASES[r.simplifiedCase],
    eligible: r.eligible,
    deciding: { organizationId: r.authority.organizationId, organizationName: r.authority.organizationName, competent: r.competent, escalateTo: r.authority.escalateTo },
    batch: batch ? batchView(batch) : null,
    submittedOn: r.submittedOn,
    deadline: deadline && { name: deadline.name, due: deadline.due, late: isLate(deadline, vc.today), overridden: r.deadlineOverride !== null },
    timer: processingTimer(r, vc.today, vc.holidays),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}

const uploadView = (a: Attachment): AttachmentView => ({
  id: a.id, part: a.part, partLabel: DOSSIER_PARTS[a.part], name: a.name, sha256: a.sha256, type: a.type, size: a.size,
  uploadedBy: a.uploadedBy, uploadedByName: a.uploadedByName, uploadedAt: a.uploadedAt, url: `/api/nominations/${a.nominationId}/documents/${a.id}`,
})

/** The detail of a nomination the caller may see (the caller of this function checked it). */
export async function nominationDetail(db: Db, provinceId: string, n: NominationWithEvaluation): Promise<NominationDetail> {
  const [vc, attachments, events] = await Promise.all([loadViewContext(db, provinceId, [n]), listAttachments(db, provinceId, [n.id]), listEvents(db, provinceId, n.id)])
  const problems = generatedProblems(n)
  return {
    ...toSummary(n, vc),
    achievement: n.achievement,
    reviewMeeting: n.reviewMeeting,
    decisionDate: n.decisionDate,
    authority: n.authority,
    eligibility: { evaluatedAt: n.evaluatedAt, evaluation: n.eligibility, input: n.eligibilityInput },
    deadlineOverride: n.deadlineOverride,
    dossier: {
      parts: GENERATED_PARTS.map((part) => ({
        part, label: DOSSIER_PARTS[part], docx: `/api/nominations/${n.id}/dossier/${part}.docx`, pdf: `/api/nominations/${n.id}/dossier/${part}.pdf`, problem: problems[part] ?? null,
      })),
      uploads: attachments.map(uploadView),
      completeness: completenessOf(n, n.campaignId ? (vc.campaigns.get(n.campaignId) ?? null) : null, attachments),
    },
    history: events.map((e) => ({ ...e, fromLabel: e.fromStatus && NOMINATION_STATUS_LABELS[e.fromStatus], toLabel: NOMINATION_STATUS_LABELS[e.toStatus] })),
    nextStatuses: [...nextStatuses(n.status)],
  }
}
