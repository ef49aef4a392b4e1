// The plan as a Decree 30 document: the model for the on-screen preview (saved or not yet saved)
// and the DOCX / PDF downloads. Reads only; rendering happens outside any transaction.
import { assertCan } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { planDocument } from '../../../documents/plan/index.ts'
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import type { PreviewInput } from './campaigns.schemas.ts'
import { loadVisibleCampaign } from './campaign-access.ts'
import { loadEventDates } from './answer-tracking.ts'
import { documentFileStem, formatNumber } from './campaign-numbering.ts'
import { trackOf } from '../../../shared/issuer-identity.ts'

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const

async function documentOf(ctx: UseCaseContext, id: string) {
  const campaign = await loadVisibleCampaign(ctx.db, ctx.actor, id)
  const eventDates = (await loadEventDates(ctx.db, ctx.actor.provinceId, [id])).get(id) ?? {}
  const model = planDocument(campaign.content, {
    number: campaign.number === null ? null : formatNumber(campaign.number),
    date: campaign.issuedOn,
    track: campaign.track,
    eventDates,
  })
  return { campaign, model }
}

export async function getCampaignDocument(ctx: UseCaseContext, id: string): Promise<DocumentModel> {
  return (await documentOf(ctx, id)).model
}

/** The document of content not saved yet, as the issuer would print it. Writes nothing. */
export async function previewCampaignDocument(ctx: UseCaseContext, input: PreviewInput): Promise<DocumentModel> {
  const issuer = await findOrganization(ctx.db, ctx.actor.provinceId, input.issuerId)
  if (!issuer) throw new AppError('VALIDATION', 'Cơ quan ban hành không tồn tại.', { issuerId: 'Cơ quan ban hành: không tồn tại' })
  assertCan(ctx.actor, 'campaign.read', issuer.path)
  return planDocument(input.content, {
    number: input.number === undefined || input.number === null ? null : formatNumber(input.number),
    date: input.date ?? null,
    track: trackOf(issuer.kind),
  })
}

/** A file download named like "KH-141-KH-UBND-2025.docx" (ASCII, with the Vietnamese name as filename*). */
export async function downloadCampaignDocument(ctx: UseCaseContext, id: string, format: 'docx' | 'pdf'): Promise<Response> {
  const { campaign, model } = await documentOf(ctx, id)
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model)
  const stem = documentFileStem(campaign.number, campaign.symbol, campaign.year)
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${stem.ascii}.${format}"; filename*=UTF-8''${encodeURIComponent(`${stem.unicode}.${format}`)}`,
      'cache-control': 'no-store',
    },
  })
}
