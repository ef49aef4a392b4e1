// Certificates (Giấy khen, Bằng khen, giấy chứng nhận danh hiệu) as PDF: the full design or the variable
// fields for pre-printed blanks, with a QR code to the public verification page.
export { renderCertificates, type PrintMode } from './render.ts'
export { decisionNumber, type CertificateData } from './certificate-model.ts'
export { DEFAULT_POSITIONS, FIELD_KEYS, FIELD_LABELS, PAGE_MM, positionProblem, type CertificatePositions, type FieldKey, type FieldPosition } from './layout.ts'
