// A document laid out in Decree 30/2020 form, independent of the output format.
// Producers (a plan, later decisions, invitations, minutes) build a DocumentModel;
// the DOCX and PDF writers render it; toPlainText() gives the text a reader sees.
// Layout facts: law.md §8 (Decree 30/2020/NĐ-CP Art 8 and Appendix I).

/** The two-column header: issuer on the left, national motto (or the Party's name) on the right. */
export interface DocumentHeader {
  /** State documents carry the Quốc hiệu and Tiêu ngữ; Party documents "ĐẢNG CỘNG SẢN VIỆT NAM" (HD 36-HD/VPTW). */
  track: 'state' | 'party'
  /** Governing body above the issuer, capitals not bold, e.g. "UBND HUYỆN ĐỊNH HÓA" / "ĐẢNG BỘ HUYỆN BÌNH SƠN"; may be absent. */
  governingBody: string | null
  /** Issuing body, capitals bold, e.g. "ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH" (line breaks allowed). */
  issuer: string
  /** Number as printed ("27", "05"), or null while unnumbered (the number is left blank: "Số:   /KH-UBND"). */
  number: string | null
  /** Symbol, e.g. "KH-UBND" (state: "Số: 27/KH-UBND") or "KH/ĐU" (Party: "Số 05-KH/ĐU"). */
  symbol: string
  /** Place name for the date line, e.g. "Bình Thành". */
  place: string
  /** ISO date, a month-only "YYYY-MM" (day left blank), or null while undated ("ngày   tháng   năm 20…"). */
  date: string | null
}

export type Inline = string | { text: string; bold?: boolean; italic?: boolean }

export type Block =
  /** A heading inside the body: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (bold), level 2 "1. Mục đích" (bold), level 3 (bold italic). */
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /**
   * A justified body paragraph with first-line indent; `align: 'center'` centres it without the indent
   * (a quyết định's "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" after the trích yếu and "QUYẾT ĐỊNH:" after the bases).
   */
  | { type: 'paragraph'; runs: Inline[]; align?: 'center' }
  /** A list item: marker as printed ("a)", "-", "+", "1."), then the text; indented like a paragraph. */
  | { type: 'item'; marker: string; runs: Inline[] }
  /** A simple table (criteria, programme, delegates, budget); the first row is the header row. */
  | { type: 'table'; rows: string[][]; widths?: number[] }

export interface SignatureBlock {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M ĐẢNG ỦY" …, one line each, capitals bold. */
  authorityLines: string[]
  /** The signer's title, capitals bold, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ". */
  title: string
  /** The signer's name, bold; empty while not yet known. */
  name: string
}

/**
 * An appendix (phụ lục) after the signature and the recipients, e.g. the list attached to an award decision.
 * Each starts on a new page and numbers its pages on its own (Decree 30 Appendix I), its first page unnumbered.
 */
export interface Annex {
  /** Printed centred, bold, in capitals: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN". */
  title: string
  /** Centred italic line under the title, e.g. "(Kèm theo Quyết định số 12/QĐ-UBND ngày 20 tháng 12 năm 2025 của …)". */
  reference?: string
  body: Block[]
}

export interface DocumentModel {
  header: DocumentHeader
  /** Document type in capitals, e.g. "KẾ HOẠCH". */
  documentType: string
  /** Trích yếu: centred bold under the type, short rule underneath. */
  title: string
  body: Block[]
  /** Nơi nhận: one recipient per line (without the leading "- " and trailing ";"), the last usually "Lưu: VT". */
  recipients: string[]
  signature: SignatureBlock
  /** A draft (dự thảo): "DỰ THẢO" in a box under the number line; a draft usually has no number yet. */
  draft?: boolean
  /** Appendices after the signature and the recipients, each on new pages. */
  annexes?: Annex[]
}
