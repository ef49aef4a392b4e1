// What the proposal to the level above (tờ trình đề nghị cấp trên khen thưởng) is written from: the sending
// level as it heads its documents, whom it is addressed to, its number and date, the council meeting that
// passed the list, and each nominee as the nominations' dossiers describe it, with the council's vote.
// Plain data: the server gathers it, the producers only lay it out.
import type { DossierEntry, DossierUnit } from '../nomination/index.ts'

export interface ProposalEntry {
  entry: DossierEntry
  /** The nominating unit ("Trường Tiểu học Bình Thành"). */
  nominatingUnit: string
  /** The council's vote: "8/9 thành viên đồng ý" (null when not known). */
  councilVote: string | null
}

export interface UpwardProposalData {
  sender: DossierUnit
  /** Whom it is addressed to: "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên". */
  recipient: string
  /** The number and date once sent or exported; null while a draft. */
  number: string | null
  date: string | null
  legalBases: string[]
  /** The council that passed the list, and the day of its latest session. */
  council: { name: string; meetsOn: string } | null
  entries: ProposalEntry[]
}
