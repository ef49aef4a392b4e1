// Decree 30/2020 document writers: a DocumentModel (or several, as one file) to DOCX, PDF or plain
// text, and the text forms other producers need (number line, place and date, list letters).
export { renderDocx, renderDocxBundle } from './docx.ts'
export { renderPdf, renderPdfBundle } from './pdf.ts'
export { toPlainText } from './plain-text.ts'
export { VIETNAMESE_LETTERS, formatDateWords, formatNumberLine, formatPlaceDate, letterMarker, romanNumeral } from './format.ts'
