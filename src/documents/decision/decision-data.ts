// What an award decision (quyết định khen thưởng) and its annex list are written from: the deciding body as it
// heads its documents, the number once issued, the bases, each awardee line with its money and serial, and
// the signature. Plain data: the server gathers it, the producers only lay it out.
import type { SignatureBlock } from '../document-model.ts'

export interface DecisionIssuer {
  track: 'state' | 'party'
  /** "ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH". */
  heading: string
  governingBody: string | null
  /** The place of the date line: "Bình Thành". */
  place: string
  /** "Ủy ban nhân dân xã Bình Thành" (the fund is this body's). */
  formalName: string
  /** The line above the bases, naming who decides: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH". */
  deciderLine: string
  /** Who decides, in running text: "Chủ tịch Ủy ban nhân dân xã Bình Thành". */
  decider: string
}

export interface DecisionLine {
  kind: 'individual' | 'collective' | 'household'
  /** The person, collective or household: one subject may receive a title and a form. */
  subjectId: string
  /** Full name, the collective's name, or "Hộ <head of household>". */
  name: string
  /** Post and unit of a person, the unit above a collective, a household's address. */
  positionAndUnit: string
  /** The title or form as printed: "Lao động tiên tiến", "Giấy khen". */
  award: string
  /** Emulation titles are conferred as "danh hiệu …". */
  isTitle: boolean
  coefficient: number | null
  baseSalary: number | null
  unrounded: number | null
  amount: number | null
  paid: boolean
  note: string | null
  /** Số sổ vàng: the awardee's serial within the decision, once issued. */
  serial: number | null
}

export interface DecisionDocumentData {
  issuer: DecisionIssuer
  /** The number as printed ("05"), null for a draft. */
  number: string | null
  /** "QĐ-UBND", "QĐ/ĐU". */
  symbol: string
  date: string
  year: number
  /** Trích yếu: "Về việc tặng Giấy khen năm 2025". */
  title: string
  /** Căn cứ lines as entered, without closing punctuation. */
  bases: string[]
  /** "Nghị định số 152/2025/NĐ-CP": where the money comes from in Điều 2. */
  moneyInstrument: string
  lines: DecisionLine[]
  total: number
  signature: SignatureBlock
}
