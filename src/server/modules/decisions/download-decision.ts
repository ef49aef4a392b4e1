// The decision with its list as annex after the signature, as Word or PDF (Decree 30), and the list as a
// spreadsheet. A draft prints "DỰ THẢO" and no number. Rendered outside any transaction.
import { annexWorkbook, decisionDocument, type DecisionDocumentData } from '../../../documents/decision/index.ts'
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { formatNumber } from '../campaigns/campaign-numbering.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { fileResponse } from '../documents/file-response.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { XLSX_CONTENT_TYPE } from '../people/people-xlsx.ts'
import { loadDecision } from './decision-access.ts'
import { decisionDetail, decisionNumber } from './decision-view.ts'
import { deciderOf, decisionSignature, moneyInstrument } from './decision-wording.ts'
import { DECISION_FILES, type DecisionFile } from './decisions.schemas.ts'

export async function downloadDecision(ctx: UseCaseContext, id: string, file: DecisionFile): Promise<Response> {
  const decision = await loadDecision(ctx.db, ctx.actor, id, 'decision.read')
  const detail = await decisionDetail(ctx.db, ctx.actor.provinceId, decision)
  const identity = await loadIssuerIdentity(ctx.db, ctx.actor.provinceId, (await findOrganization(ctx.db, ctx.actor.provinceId, decision.organizationId))!)
  const data: DecisionDocumentData = {
    issuer: deciderOf(identity),
    number: decision.number === null ? null : formatNumber(decision.number),
    symbol: decision.symbol, date: decision.decisionDate, year: decision.year, title: decision.title, bases: decision.bases,
    moneyInstrument: moneyInstrument(decision.decisionDate),
    lines: detail.lines.map((l) => ({
      kind: l.subject.kind, subjectId: l.subject.id, name: l.subject.name, positionAndUnit: l.subject.positionAndUnit, award: l.award, isTitle: l.isTitle, coefficient: l.coefficient,
      baseSalary: l.baseSalary, unrounded: l.unrounded, amount: l.amount, paid: l.paid, note: l.amountNote, serial: l.serial,
    })),
    total: detail.total,
    signature: decisionSignature(identity, decision),
  }
  const { part, format } = DECISION_FILES[file]
  const name = `${part === 'decision' ? 'Quyết định' : 'Danh sách kèm theo quyết định'} ${decisionNumber(decision)?.replace(/\//g, '-') ?? 'dự thảo'}.${format}`
  if (format === 'xlsx') return fileResponse(await annexWorkbook(data), XLSX_CONTENT_TYPE, name)
  const model = decisionDocument(data)
  return fileResponse(format === 'docx' ? await renderDocx(model) : await renderPdf(model), format === 'docx' ? DOCX_TYPE : 'application/pdf', name)
}
