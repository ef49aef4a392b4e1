// The emulation-commendation council's rules (Hội đồng Thi đua – Khen thưởng, law.md §4.2): members and
// their roles, the quorum, the threshold an agenda item needs, pass or fail from the tally, and who must
// not vote on an item. Pure; shared by the server and the UI.
//   Thresholds: Nghị định 98/2023/NĐ-CP Điều 30 khoản 7 — the titles that need a ballot need at least 80% or
//   90% of ALL the council's members (not of those present); the rule engine's catalogue holds them per rule
//   set (CATALOGUE[target].byRuleSet[…].ballot). Every other title or form follows the council's own rule
//   (❓ set by each council: "quá nửa tổng số thành viên" by default, councils.majority_share).
//   Quorum: Nghị định 98/2023/NĐ-CP Điều 49 — at least 2/3 of the members (80% at provincial award sessions);
//   ❓ under Nghị định 152/2025 and at commune level set by the council's rules, so a setting (councils.quorum_share).
import { CATALOGUE, ruleSetOn, type CatalogueCode } from '../rules/index.ts'

export const COUNCIL_ROLES = ['chair', 'standing_vice_chair', 'vice_chair', 'member', 'secretary'] as const
export type CouncilRole = (typeof COUNCIL_ROLES)[number]

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  standing_vice_chair: 'Phó Chủ tịch Thường trực',
  vice_chair: 'Phó Chủ tịch',
  member: 'Ủy viên',
  secretary: 'Ủy viên, Thư ký',
}

export const BALLOT_CHOICES = ['for', 'against', 'abstain'] as const
export type BallotChoice = (typeof BALLOT_CHOICES)[number]

export const BALLOT_CHOICE_LABELS: Record<BallotChoice, string> = { for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Không biểu quyết' }

export const SESSION_STATUSES = ['draft', 'open', 'closed'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = { draft: 'Đang chuẩn bị', open: 'Đang bỏ phiếu', closed: 'Đã kết thúc' }

/** ❓ Nghị định 98/2023 Điều 49: 2/3 (stored to four decimals as 0.6667). */
export const DEFAULT_QUORUM_SHARE = 0.6667
/** ❓ The council's own rule for items without a statutory threshold: more than half of all members. */
export const DEFAULT_MAJORITY_SHARE = 0.5

export const COUNCIL_SETTINGS_NOTE =
  'Chưa xác nhận: tỷ lệ dự họp và tỷ lệ biểu quyết theo quy chế do Hội đồng tự quy định: Nghị định 98/2023/NĐ-CP Điều 49 quy định ít nhất 2/3 thành viên dự họp ' +
  '(cấp tỉnh: 80% ở phiên xét khen thưởng); Nghị định 152/2025/NĐ-CP chưa đối chiếu; cấp xã do Chủ tịch UBND quyết định quy chế. ' +
  'Các danh hiệu bắt buộc bỏ phiếu (Chiến sĩ thi đua, Cờ thi đua…) luôn theo ngưỡng của Nghị định (Điều 30 khoản 7), không theo tỷ lệ này.'

/** 0.818… → "81,8%" */
export const percentText = (part: number, whole: number) => `${Math.round((part / whole) * 1000) / 10}%`.replace('.', ',')

/** 0.6667 → "66,67%" */
export const shareText = (share: number) => `${Math.round(share * 10000) / 100}%`.replace('.', ',')

/** A share in ten-thousandths, as the database stores it (numeric(5, 4)). */
const basisPoints = (share: number) => Math.round(share * 10000)

/**
 * Members who must attend: the smallest whole number not below share × total. A share is stored to four
 * decimals and stands for the fraction it rounds (0.6667 is 2/3: 6 of 9, not 7), so the product is taken
 * less half a ten-thousandth of the total.
 */
export function quorumNeeded(total: number, share: number): number {
  return Math.max(1, Math.ceil((basisPoints(share) * total - total / 2) / 10000))
}

/** Why the session may not start voting, or null when enough members are present. */
export function quorumProblem(present: number, total: number, share: number): string | null {
  const needed = quorumNeeded(total, share)
  if (present >= needed) return null
  return `Chưa đủ số thành viên dự họp: có mặt ${present}/${total} thành viên, cần ít nhất ${needed} (${shareText(share)} tổng số thành viên theo quy chế Hội đồng; Nghị định 98/2023/NĐ-CP, Điều 49).`
}

/** What an agenda item needs, fixed when it is put on the agenda. */
export interface Threshold {
  share: number
  /** true: MORE than share of all members (the council's majority rule); false: AT LEAST share (the decree's ballot). */
  strict: boolean
  label: string
  citation: string
}

export const MAJORITY_CITATION = 'Quy chế làm việc của Hội đồng Thi đua – Khen thưởng (biểu quyết theo đa số; Nghị định 98/2023/NĐ-CP, Điều 49)'

/** The decree's ballot for the title on the decision date (Điều 30 khoản 7), else the council's majority rule. */
export function itemThreshold(target: CatalogueCode, decisionDate: string, majorityShare: number): Threshold {
  const ballot = CATALOGUE[target].byRuleSet[ruleSetOn(decisionDate).id]?.ballot
  if (ballot) {
    return { share: ballot.share, strict: false, label: `Ít nhất ${shareText(ballot.share)} tổng số thành viên Hội đồng đồng ý (bỏ phiếu)`, citation: ballot.citation }
  }
  const more = majorityShare === 0.5 ? 'Quá nửa' : `Trên ${shareText(majorityShare)}`
  return { share: majorityShare, strict: true, label: `${more} tổng số thành viên Hội đồng đồng ý (quy chế Hội đồng)`, citation: MAJORITY_CITATION }
}

/** The fewest votes in favour that pass an item among total members. */
export function votesNeeded(threshold: Pick<Threshold, 'share' | 'strict'>, total: number): number {
  const exact = basisPoints(threshold.share) * total
  return threshold.strict ? Math.floor(exact / 10000) + 1 : Math.ceil(exact / 10000)
}

/** Passed when the votes in favour (secret ballots and written opinions) reach the threshold of ALL members. */
export function itemPasses(votesFor: number, total: number, threshold: Pick<Threshold, 'share' | 'strict'>): boolean {
  const got = votesFor * 10000
  const needed = basisPoints(threshold.share) * total
  return threshold.strict ? got > needed : got >= needed
}

/** "ít nhất 80% tổng số thành viên", "quá nửa tổng số thành viên" */
export function requirementText(threshold: Pick<Threshold, 'share' | 'strict'>): string {
  if (!threshold.strict) return `ít nhất ${shareText(threshold.share)} tổng số thành viên`
  return threshold.share === 0.5 ? 'quá nửa tổng số thành viên' : `trên ${shareText(threshold.share)} tổng số thành viên`
}

/** "Hội đồng: 9/11 thành viên đồng ý (81,8%); cần ít nhất 80% tổng số thành viên (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7)" */
export function tallyReason(votesFor: number, total: number, threshold: Omit<Threshold, 'label'>): string {
  return `Hội đồng: ${votesFor}/${total} thành viên đồng ý (${percentText(votesFor, total)}); cần ${requirementText(threshold)} (${threshold.citation})`
}

export interface RecusalMember {
  personId: string | null
  leadsOrganizationId: string | null
}

export interface RecusalNominee {
  subjectKind: 'individual' | 'collective' | 'household'
  subjectId: string
  nominatingOrganization: { id: string; name: string }
  /** The person's or household's unit, or the collective itself. */
  subjectOrganization: { id: string; name: string }
}

/**
 * Why a member may not vote on an item, or null: the nominee in person, or the head of the nominating unit,
 * of the collective nominated, or of the nominee's unit (❓ no national text; the conflict-of-interest rule
 * councils write into their own rules, so the chair may add others by hand).
 */
export function automaticRecusal(member: RecusalMember, nominee: RecusalNominee): string | null {
  if (nominee.subjectKind === 'individual' && member.personId === nominee.subjectId) return 'Là người được đề nghị khen thưởng'
  const leads = member.leadsOrganizationId
  if (leads === null) return null
  if (nominee.subjectKind === 'collective' && leads === nominee.subjectId) return `Là người đứng đầu tập thể được đề nghị (${nominee.subjectOrganization.name})`
  if (leads === nominee.nominatingOrganization.id) return `Là người đứng đầu đơn vị đề nghị (${nominee.nominatingOrganization.name})`
  if (nominee.subjectKind === 'individual' && leads === nominee.subjectOrganization.id) return `Là người đứng đầu đơn vị của người được đề nghị (${nominee.subjectOrganization.name})`
  if (nominee.subjectKind === 'household' && leads === nominee.subjectOrganization.id) return `Là người đứng đầu đơn vị của hộ gia đình được đề nghị (${nominee.subjectOrganization.name})`
  return null
}
