// An award decision and its annex list as Decree 30 documents (the decree30 writers render them to DOCX and
// PDF) and the annex as a spreadsheet.
export { decisionDocument } from './decision-document.ts'
export { annexDocument } from './annex-document.ts'
export { annexWorkbook } from './annex-xlsx.ts'
export type { DecisionDocumentData, DecisionIssuer, DecisionLine } from './decision-data.ts'
