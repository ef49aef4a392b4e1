// What the minutes of a council session (biên bản họp Hội đồng Thi đua – Khen thưởng) are written from.
// Plain data: the server gathers it, the producer only lays it out.

export interface MinutesMember {
  fullName: string
  /** "Phó Chủ tịch UBND xã — Phó Chủ tịch Hội đồng" */
  title: string
}

export interface MinutesVotes {
  for: number
  against: number
  abstain: number
}

export interface MinutesItem {
  nominee: string
  unitName: string
  targetName: string
  /** Secret ballots and written opinions together. */
  votes: MinutesVotes
  /** Of them, by written opinion. */
  written: MinutesVotes
  /** "81,8%" of all members. */
  shareFor: string
  /** "Ít nhất 80% tổng số thành viên Hội đồng đồng ý (bỏ phiếu)" with its citation. */
  requirement: string
  passed: boolean
  /** The reason written with the result (figures, threshold, quota). */
  reason: string
  /** Set when it reached its threshold but failed on a quota. */
  quotaNote: string | null
}

export interface MinutesOpinion {
  member: string
  nominee: string
  targetName: string
  choice: string
  note: string | null
}

export interface MinutesRecusal {
  member: string
  nominee: string
  reason: string
}

export interface CouncilMinutesData {
  /** The council's organization as it heads its documents. */
  track: 'state' | 'party'
  /** "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH" */
  governingBody: string
  place: string
  councilName: string
  title: string
  meetsOn: string
  meetingPlace: string | null
  totalMembers: number
  chair: MinutesMember | null
  secretary: MinutesMember | null
  present: MinutesMember[]
  /** Absent members, and whether each sent a written opinion. */
  absent: (MinutesMember & { wroteOpinion: boolean })[]
  items: MinutesItem[]
  opinions: MinutesOpinion[]
  recusals: MinutesRecusal[]
  quotaNotes: string[]
}
