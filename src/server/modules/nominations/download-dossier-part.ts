import { achievementReport, proposalDocument, reviewMinutes, summaryTable } from '../../../documents/nomination/index.ts'
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { DOSSIER_PARTS, type GeneratedPart } from '../../../shared/nomination-dossier.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { fileResponse } from '../documents/file-response.ts'
import { loadNomination } from './nomination-access.ts'
import { MEETING_MISSING } from './nomination-completeness.ts'
import { loadDossierData } from './nomination-dossier-data.ts'

/**
 * A generated part of the dossier as Word or PDF: the proposal with its list and the summary table cover
 * the nomination's whole proposal (or the nomination alone while it is a draft); the achievement report is
 * the nominee's own; the minutes need the unit's review meeting. Rendered outside any transaction.
 */
export async function downloadDossierPart(ctx: UseCaseContext, id: string, part: GeneratedPart, format: 'docx' | 'pdf'): Promise<Response> {
  const nomination = await loadNomination(ctx.db, ctx.actor, id, 'nomination.read')
  const { data, own } = await loadDossierData(ctx.db, ctx.actor.provinceId, nomination)
  let model: DocumentModel
  switch (part) {
    case 'to-trinh':
      model = proposalDocument(data)
      break
    case 'bao-cao-thanh-tich':
      model = achievementReport(data, own)
      break
    case 'bang-tom-tat':
      model = summaryTable(data)
      break
    case 'bien-ban':
      if (!data.meeting) throw new AppError('CONFLICT', `${DOSSIER_PARTS['bien-ban']}: ${MEETING_MISSING}.`)
      model = reviewMinutes(data, data.meeting)
      break
  }
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model)
  return fileResponse(bytes, format === 'docx' ? DOCX_TYPE : 'application/pdf', `${DOSSIER_PARTS[part]} - ${nomination.subjectName}.${format}`)
}
