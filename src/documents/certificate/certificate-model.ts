// A certificate (Giấy khen, Bằng khen, giấy chứng nhận danh hiệu) as plain data, and the texts printed
// from it (law.md §5.4). Pure: the server fills it from the decision, the PDF writer only draws it.
import type { SignatureBlock } from '../document-model.ts'
import { formatNumberLine, formatPlaceDate } from '../decree30/format.ts'

export interface CertificateData {
  /** State issuers print the Quốc hiệu and Tiêu ngữ; Party issuers "ĐẢNG CỘNG SẢN VIỆT NAM". */
  track: 'state' | 'party'
  /** The deciding officer's title: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH". */
  issuerTitle: string
  /** A commendation form ("TẶNG" + "GIẤY KHEN") or an emulation title ("TẶNG DANH HIỆU" + its name). */
  award: { kind: 'form' | 'title'; name: string }
  awardee: {
    name: string
    /** Post and unit, or the household's address, or the unit a collective belongs to. */
    details: string | null
  }
  achievement: string
  decision: { number: number; symbol: string; date: string }
  /** Số sổ vàng: the awardee's serial within the decision. */
  serial: number
  place: string
  /** The date printed above the signature (the decision's date). */
  date: string
  signature: SignatureBlock
  verification: { code: string; url: string }
}

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc'
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM'

const upper = (s: string) => s.toLocaleUpperCase('vi')

/** "TẶNG" for a form, "TẶNG DANH HIỆU" for a title. */
export const leadText = (data: CertificateData) => (data.award.kind === 'title' ? 'TẶNG DANH HIỆU' : 'TẶNG')

/** "Giấy khen của Chủ tịch …" → "GIẤY KHEN"; a title's name in full: "CHIẾN SĨ THI ĐUA CƠ SỞ". */
export function awardHeading(data: CertificateData): string {
  const form = /^(Giấy khen|Bằng khen|Huân chương [^,(]+?|Cờ thi đua)(\s+của\s|\s*$|\s*\()/i.exec(data.award.name)
  return upper(data.award.kind === 'form' && form ? form[1]! : data.award.name)
}

/** "Quyết định số 05/QĐ-UBND ngày 20/12/2025" (Party: "Quyết định số 05-QĐ/ĐU …"). */
export function decisionText(data: CertificateData): string {
  return `Quyết định số ${decisionNumber(data.track, data.decision.number, data.decision.symbol)} ngày ${shortDate(data.decision.date)}`
}

/** "05/QĐ-UBND" (State), "05-QĐ/ĐU" (Party, HD 36-HD/VPTW). */
export function decisionNumber(track: 'state' | 'party', number: number, symbol: string): string {
  return formatNumberLine({ track, number: String(number), symbol }).replace(/^Số:?\s*/, '')
}

export const serialText = (data: CertificateData) => `Số sổ vàng: ${data.serial}`

export const placeDateText = (data: CertificateData) => formatPlaceDate(data.place, data.date)

/** The achievement as the certificate states it: "Đã có thành tích …". */
export function achievementText(data: CertificateData): string {
  const text = data.achievement.trim().replace(/\s+/g, ' ')
  if (/^đã\s/i.test(text)) return text
  return `Đã có thành tích: ${text}`
}

export const codeText = (data: CertificateData) => `Mã xác minh: ${data.verification.code}`

/** The signature head: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
export const signatureHead = (data: CertificateData) => [...data.signature.authorityLines, data.signature.title].filter((l) => l.trim() !== '')

/** '2025-12-20' → '20/12/2025'. */
function shortDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}
