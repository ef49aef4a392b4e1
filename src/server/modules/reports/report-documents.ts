// The compiled report of a level and its multi-year summary as Word or PDF: the data as the screen shows it,
// the level's header and head's signature, addressed to the level above. Reads only, outside any transaction.
import { viDate } from '../../../rules/dates.ts'
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { fileResponse } from '../documents/file-response.ts'
import { dossierUnit } from '../nominations/nomination-dossier-data.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { compileCampaignReport, type CompiledReport } from './compile-report.ts'
import { multiYearSummary } from './multi-year-summary.ts'
import { compiledReportDocument, summaryDocument, type ReportDocumentFrame } from './report-documents-model.ts'
import type { CompiledQuery, SummaryQuery } from './reports.schemas.ts'

async function frameOf(db: Db, provinceId: string, organizationId: string): Promise<ReportDocumentFrame> {
  const org = (await findOrganization(db, provinceId, organizationId))!
  const parent = org.parentId ? await findOrganization(db, provinceId, org.parentId) : undefined
  return {
    unit: dossierUnit(await loadIssuerIdentity(db, provinceId, org)),
    recipient: parent ? (await loadIssuerIdentity(db, provinceId, parent)).formalName : null,
    date: todayInVietnam(),
  }
}

/** "Kế hoạch số 01/KH-UBND ngày 25/11/2025 của Ủy ban nhân dân xã Bình Thành" */
async function campaignReference(db: Db, provinceId: string, campaign: CompiledReport['campaign']): Promise<string> {
  const issuer = (await findOrganization(db, provinceId, campaign.issuerId))!
  const identity = await loadIssuerIdentity(db, provinceId, issuer)
  return `Kế hoạch${campaign.numberAndSymbol ? ` số ${campaign.numberAndSymbol}` : ` «${campaign.title}»`}${campaign.issuedOn ? ` ngày ${viDate(campaign.issuedOn)}` : ''} của ${identity.formalName}`
}

const render = async (model: DocumentModel, format: 'docx' | 'pdf', name: string): Promise<Response> =>
  fileResponse(format === 'docx' ? await renderDocx(model) : await renderPdf(model), format === 'docx' ? DOCX_TYPE : 'application/pdf', `${name}.${format}`)

export async function downloadCompiledReport(ctx: UseCaseContext, query: CompiledQuery & { format: 'docx' | 'pdf' }): Promise<Response> {
  const data = await compileCampaignReport(ctx, query)
  const [frame, reference] = await Promise.all([frameOf(ctx.db, ctx.actor.provinceId, data.organization.id), campaignReference(ctx.db, ctx.actor.provinceId, data.campaign)])
  return render(compiledReportDocument(data, frame, reference), query.format, `Báo cáo ${data.period.name} - ${data.organization.name}`)
}

export async function downloadSummary(ctx: UseCaseContext, query: SummaryQuery & { format: 'docx' | 'pdf' }): Promise<Response> {
  const data = await multiYearSummary(ctx, query)
  const frame = await frameOf(ctx.db, ctx.actor.provinceId, data.organization.id)
  return render(summaryDocument(data, frame), query.format, `Báo cáo tổng kết ${data.yearFrom}-${data.yearTo} - ${data.organization.name}`)
}
