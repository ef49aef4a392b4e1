// An award decision with its list as annex, one Decree 30 document (the decree30 writers render it to DOCX and
// PDF), and the list as a spreadsheet.
export { decisionDocument } from './decision-document.ts'
export { decisionAnnex } from './annex-document.ts'
export { annexWorkbook } from './annex-xlsx.ts'
export type { DecisionDocumentData, DecisionIssuer, DecisionLine } from './decision-data.ts'
