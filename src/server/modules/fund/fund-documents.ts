// Downloads of a fund-year: the ledger as XLSX (sổ theo dõi quỹ) and the year's report as Word or PDF
// (báo cáo tình hình sử dụng quỹ, Decree 30 form, addressed to the level above). Reads only.
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { fileResponse } from '../documents/file-response.ts'
import { XLSX_CONTENT_TYPE } from '../history/history-xlsx.ts'
import { dossierUnit } from '../nominations/nomination-dossier-data.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadFundOrganization } from './fund-access.ts'
import { ledgerWorkbook } from './fund-ledger-xlsx.ts'
import { fundReportDocument } from './fund-report-document.ts'
import { fundSummary } from './fund-summary.ts'
import { listLines, type FundLine } from './fund.repository.ts'

interface FundQuery { organizationId: string; year: number }

export async function downloadLedger(ctx: UseCaseContext, query: FundQuery): Promise<Response> {
  const { db, actor } = ctx
  const organization = await loadFundOrganization(db, actor, query.organizationId, 'fund.read')
  const [summary, lines] = await Promise.all([fundSummary(db, actor.provinceId, organization.id, query.year), listLines(db, actor.provinceId, organization.id, query.year)])
  const bytes = await ledgerWorkbook(organization.name, summary, lines)
  return fileResponse(bytes, XLSX_CONTENT_TYPE, `Sổ theo dõi quỹ thi đua khen thưởng ${query.year} - ${organization.name}.xlsx`)
}

/** The decisions paid this year, net of reversals (a reversed payment drops out). */
function decisionPayments(lines: readonly FundLine[]) {
  const paid = new Map<string, { decisionLabel: string; occurredOn: string; amount: number }>()
  for (const l of lines.filter((l) => l.decisionId && l.decisionLabel)) {
    const entry = paid.get(l.decisionId!) ?? { decisionLabel: l.decisionLabel!, occurredOn: l.occurredOn, amount: 0 }
    entry.amount += l.amount
    paid.set(l.decisionId!, entry)
  }
  return [...paid.values()].filter((p) => p.amount !== 0)
}

export async function downloadReport(ctx: UseCaseContext, query: FundQuery & { format: 'docx' | 'pdf' }): Promise<Response> {
  const { db, actor } = ctx
  const organization = await loadFundOrganization(db, actor, query.organizationId, 'fund.read')
  const parent = organization.parentId ? await findOrganization(db, actor.provinceId, organization.parentId) : undefined
  const [summary, lines, identity] = await Promise.all([
    fundSummary(db, actor.provinceId, organization.id, query.year),
    listLines(db, actor.provinceId, organization.id, query.year),
    loadIssuerIdentity(db, actor.provinceId, organization),
  ])
  const model = fundReportDocument({
    unit: dossierUnit(identity),
    recipient: parent ? (await loadIssuerIdentity(db, actor.provinceId, parent)).formalName : null,
    date: todayInVietnam(),
    summary,
    decisionPayments: decisionPayments(lines),
  })
  const bytes = query.format === 'docx' ? await renderDocx(model) : await renderPdf(model)
  return fileResponse(bytes, query.format === 'docx' ? DOCX_TYPE : 'application/pdf', `Báo cáo tình hình sử dụng quỹ thi đua khen thưởng ${query.year} - ${organization.name}.${query.format}`)
}
