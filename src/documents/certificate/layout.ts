// Where a certificate's variable fields print (A4 landscape, millimetres from the top-left corner of the
// sheet): the full design draws them at these defaults; an issuer's pre-printed blanks (phôi in sẵn) move
// them to fit its own paper (certificate_layouts.positions). Pure: the server validates with it.

export const PAGE_MM = { width: 297, height: 210 } as const

export const FIELD_KEYS = ['name', 'details', 'achievement', 'decision', 'serial', 'placeDate', 'signerName', 'qr'] as const
export type FieldKey = (typeof FIELD_KEYS)[number]

/** x, y: top-left corner of the field's box (mm); width: the box width (for the QR code: its side) (mm); size: font size (pt). */
export interface FieldPosition {
  x: number
  y: number
  width: number
  size: number
}

export type CertificatePositions = Record<FieldKey, FieldPosition>

export const FIELD_LABELS: Record<FieldKey, string> = {
  name: 'Tên cá nhân, tập thể, hộ gia đình',
  details: 'Chức vụ, đơn vị hoặc địa chỉ',
  achievement: 'Thành tích',
  decision: 'Số, ngày quyết định',
  serial: 'Số sổ vàng',
  placeDate: 'Địa danh, ngày tháng',
  signerName: 'Họ tên người ký',
  qr: 'Mã QR và mã xác minh',
}

/** Lines a field may take; a longer text is set smaller (down to MIN_SCALE of its size) to fit. */
export const MAX_LINES: Record<Exclude<FieldKey, 'qr'>, number> = { name: 2, details: 2, achievement: 4, decision: 2, serial: 1, placeDate: 1, signerName: 1 }
export const MIN_SCALE = 0.6

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4

/** Width of the verification text printed to the right of the QR code (mm). */
export const QR_TEXT_WIDTH_MM = 80
export const QR_TEXT_GAP_MM = 3

export const DEFAULT_POSITIONS: CertificatePositions = {
  name: { x: 28.5, y: 88.5, width: 240, size: 22 },
  details: { x: 28.5, y: 106.5, width: 240, size: 15 },
  achievement: { x: 38.5, y: 119, width: 220, size: 15 },
  decision: { x: 22, y: 149, width: 110, size: 12 },
  serial: { x: 22, y: 159.5, width: 110, size: 12 },
  placeDate: { x: 165, y: 149, width: 115, size: 14 },
  signerName: { x: 165, y: 186, width: 115, size: 15 },
  qr: { x: 22, y: 166, width: 24, size: 8 },
}

/** The height a field's box reaches below its y (mm): its lines, or the QR code's side. */
export function fieldHeightMm(key: FieldKey, p: FieldPosition): number {
  return key === 'qr' ? p.width : (MAX_LINES[key] * p.size * LINE_HEIGHT) / PT_PER_MM
}

/** Tinos (= Times New Roman) ascent, and a line as 1.15 × the size, as in Word. */
export const ASCENT = 1825 / 2048
export const LINE_HEIGHT = (1825 + 443 + 87) / 2048

/** Why a field's position does not fit the sheet, in Vietnamese (to follow the field's label), or null. */
export function positionProblem(key: FieldKey, p: FieldPosition): string | null {
  if (p.x + p.width > PAGE_MM.width) return `vượt mép phải trang (x + rộng = ${round(p.x + p.width)} mm > ${PAGE_MM.width} mm)`
  const bottom = p.y + fieldHeightMm(key, p)
  if (bottom > PAGE_MM.height) return `vượt mép dưới trang (đến ${round(bottom)} mm > ${PAGE_MM.height} mm)`
  if (key === 'qr' && p.x + p.width + QR_TEXT_GAP_MM + QR_TEXT_WIDTH_MM > PAGE_MM.width) {
    return `mã xác minh in bên phải mã QR (rộng ${QR_TEXT_WIDTH_MM} mm) vượt mép phải trang`
  }
  return null
}

const round = (n: number) => Math.round(n * 10) / 10
