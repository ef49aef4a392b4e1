// The document's text in reading order, one printed paragraph or table cell per line,
// as DOCX and PDF text extraction reads it (page numbers aside: they are running heads).
import type { Block, DocumentModel } from '../document-model.ts'
import {
  DRAFT_MARK, MOTTO, NATIONAL_NAME, PARTY_NAME, PARTY_SEPARATOR, RECIPIENTS_LABEL,
  annexesOf, inlineText, issuerLines, normalizeModel, recipientLines, signatureHeadLines,
} from './content.ts'
import { formatNumberLine, formatPlaceDate } from './format.ts'

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text]
    case 'paragraph':
      return [inlineText(block.runs)]
    case 'item':
      return [`${block.marker} ${inlineText(block.runs)}`]
    case 'table':
      return block.rows.flat()
  }
}

export function toPlainText(input: DocumentModel): string {
  const model = normalizeModel(input)
  const { header } = model
  const party = header.track === 'party'
  const lines = [
    ...(header.governingBody ? [header.governingBody] : []),
    ...issuerLines(header.issuer),
    ...(party ? [PARTY_SEPARATOR] : []),
    ...(party ? [PARTY_NAME] : [NATIONAL_NAME, MOTTO]),
    formatNumberLine(header),
    ...(model.draft === true ? [DRAFT_MARK] : []),
    formatPlaceDate(header.place, header.date),
    model.documentType,
    model.title,
    ...model.body.flatMap(blockLines),
    ...(model.recipients.length > 0 ? [RECIPIENTS_LABEL, ...recipientLines(model.recipients)] : []),
    ...signatureHeadLines(model),
    ...(model.signature.name ? [model.signature.name] : []),
    ...annexesOf(model).flatMap((annex) => [annex.title, ...(annex.reference ? [annex.reference] : []), ...annex.body.flatMap(blockLines)]),
  ]
  return lines.filter((l) => l !== '').join('\n') + '\n'
}
