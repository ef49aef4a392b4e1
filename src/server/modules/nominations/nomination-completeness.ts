// The completeness of a nomination's dossier from what is stored: the campaign's items, the catalogue's
// components on the decision date (kept in the eligibility snapshot), the data the generated parts need,
// and the files uploaded (src/shared/nomination-dossier.ts holds the rule).
import { dossierCompleteness, type Completeness, type GeneratedPart } from '../../../shared/nomination-dossier.ts'
import type { CampaignRef } from './campaign-deadline.ts'
import type { Attachment, NominationWithEvaluation } from './nominations.repository.ts'

export const MEETING_MISSING = 'chưa nhập cuộc họp xét của đơn vị (ngày họp, địa điểm, chủ trì, thư ký, số thành viên dự họp và đồng ý)'

/** Why a generated part cannot be written yet; the others can. */
export function generatedProblems(n: Pick<NominationWithEvaluation, 'reviewMeeting'>): Partial<Record<GeneratedPart, string>> {
  return n.reviewMeeting ? {} : { 'bien-ban': MEETING_MISSING }
}

export function completenessOf(
  n: Pick<NominationWithEvaluation, 'simplifiedCase' | 'reviewMeeting' | 'eligibility'>,
  campaign: CampaignRef | null,
  attachments: readonly Pick<Attachment, 'part'>[],
): Completeness {
  return dossierCompleteness({
    simplified: n.simplifiedCase !== null,
    campaignItems: campaign?.dossierItems ?? [],
    catalogue: n.eligibility.dossier,
    generatedProblems: generatedProblems(n),
    uploadedParts: attachments.map((a) => a.part),
  })
}
