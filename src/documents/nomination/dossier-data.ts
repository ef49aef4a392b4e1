// What the dossier parts of a nomination are written from: the proposing unit as it heads its documents,
// the level the proposal goes to, the campaign, and for each nominee the subject, the title or form, the
// achievement, the verdict and the awards already received. Plain data: the server gathers it, the
// producers only lay it out.
import type { SignatureBlock } from '../document-model.ts'

export interface DossierUnit {
  track: 'state' | 'party'
  /** "ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN", "TRƯỜNG TIỂU HỌC BẮC SƠN". */
  heading: string
  governingBody: string | null
  /** The place of the date line: "Bắc Sơn". */
  place: string
  /** The unit's part of a symbol: "UBND" for "TTr-UBND", "THBS" for "TTr-THBS". */
  symbolTail: string
  /** As named in running text: "Ủy ban nhân dân xã Bắc Sơn", "Trường Tiểu học Bắc Sơn". */
  formalName: string
  signature: SignatureBlock
}

export interface PriorAward {
  year: number
  name: string
  /** "Quyết định số 203/QĐ-UBND ngày 24/12/2024 của Chủ tịch UBND xã Bình Thành" (as much as is known). */
  decision: string
}

export interface DossierSubject {
  kind: 'individual' | 'collective' | 'household'
  /** Full name, the collective's name, or "Hộ <head of household>". */
  name: string
  /** Post and unit as listed ("Giáo viên, Trường Tiểu học Bắc Sơn"; a collective: the unit above it). */
  positionAndUnit: string
  /** Individuals. */
  birthDate: string | null
  sex: 'nam' | 'nu' | null
  position: string | null
  unitName: string
  /** Collectives: the unit above; households: their village. */
  parentName: string | null
  /** Households: the address; collectives: where the unit is. */
  address: string | null
  /** Collectives: members in the year under review; households: members recorded. */
  memberCount: number | null
  /** Households: the head of household. */
  headName: string | null
}

export interface DossierEntry {
  subject: DossierSubject
  targetName: string
  achievement: string
  /** Under the simplified procedure, its case as worded (law.md §4.5); null under the ordinary one. */
  simplifiedCase: string | null
  /** The report form the law names for this title or form and subject ("Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP"). */
  reportForm: string | null
  /** "Đủ điều kiện", "Chưa đủ dữ liệu: …", "Không đủ điều kiện: …". */
  verdict: string
  priorTitles: PriorAward[]
  priorForms: PriorAward[]
  /** The unit's review meeting vote on this nominee (null: not entered). */
  votes: { inFavour: number; members: number } | null
}

export interface ReviewMeetingData {
  date: string
  place: string
  chair: string
  secretary: string
  members: number
  present: number
}

export interface NominationDossierData {
  unit: DossierUnit
  /** Whom the proposal is addressed to: "Chủ tịch Ủy ban nhân dân xã Bắc Sơn". */
  recipient: string
  /** The proposal's number and date, once submitted. */
  number: string | null
  date: string | null
  year: number
  /** reference: "Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thái Nguyên về …"; short: "Kế hoạch số 141/KH-UBND". */
  campaign: { reference: string; short: string } | null
  /** "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", the decree of the rule set… */
  legalBases: string[]
  meeting: ReviewMeetingData | null
  entries: DossierEntry[]
}
