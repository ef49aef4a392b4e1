// Dashboards of emulation and commendation (thống kê thi đua, khen thưởng): the shape of the dashboard the
// server computes and the client draws, the province's settings for it, and the pure arithmetic on the
// aggregates (shares, their year-on-year trend, the cascade's answer states). No I/O.
import type { OrganizationKind } from './organizations.ts'

/**
 * "Tập thể nhỏ" (small collectives): the seed plan 141/KH-UBND (mục V.4) asks to raise the share of awards
 * going to them, and the Law's principles favour them, but no text read defines them by organization kind.
 * ❓ Default taken from the usual reading (tổ, đội, phòng, khoa, thôn/xóm/tổ dân phố, chi bộ); each province
 * sets its own list (statistics settings), so this is only the value used until it does.
 */
export const DEFAULT_SMALL_COLLECTIVE_KINDS: readonly OrganizationKind[] = ['village', 'department', 'party_cell']

/**
 * The three shares the dashboard follows. Kế hoạch 141/KH-UBND (seed 003), mục V.4: "nâng cao tỷ lệ khen thưởng
 * và đề nghị khen thưởng cho tập thể nhỏ, công nhân, nông dân, công chức, viên chức, chiến sĩ, học sinh và người
 * dân" — the plan states no figure, so there is no target until the province sets one. The principle of favouring
 * those who work directly (công nhân, nông dân, chiến sĩ) was Nghị định 65/2014/NĐ-CP, Điều 2, khoản 1 (read); where
 * the 2022 Law and Nghị định 152/2025/NĐ-CP restate it is ❓. Women: no share is prescribed (the plan's "người dân"
 * and the province's own targets only) ❓.
 */
export const SHARE_LABELS = {
  directWorkers: 'Người lao động trực tiếp',
  women: 'Nữ',
  smallCollectives: 'Tập thể nhỏ',
} as const
export type ShareKey = keyof typeof SHARE_LABELS
export const SHARE_KEYS = Object.keys(SHARE_LABELS) as ShareKey[]

/** What each share is a share of (the denominator), as the dashboard explains it. */
export const SHARE_BASES: Record<ShareKey, string> = {
  directWorkers: 'trên số lượt khen thưởng cá nhân',
  women: 'trên số lượt khen thưởng cá nhân',
  smallCollectives: 'trên số lượt khen thưởng tập thể',
}

/** The province's settings: which organization kinds are small collectives, and the targets it set itself (null: none). */
export interface StatisticsSettings {
  smallCollectiveKinds: OrganizationKind[]
  targets: Record<ShareKey, number | null>
  /** The province's document the values come from; null while the defaults apply. */
  citation: string | null
  /** 0 while the province has saved none (the defaults apply). */
  version: number
}

export const DEFAULT_STATISTICS_SETTINGS: StatisticsSettings = {
  smallCollectiveKinds: [...DEFAULT_SMALL_COLLECTIVE_KINDS],
  // The seed plans ask to raise these shares but state no figure: no target until the province sets one.
  targets: { directWorkers: null, women: null, smallCollectives: null },
  citation: null,
  version: 0,
}

/** Widest span of years one dashboard or form covers. */
export const MAX_YEAR_SPAN = 20

export interface Count {
  numerator: number
  denominator: number
}

/** numerator / denominator, or null when there is nothing to divide (no award of that group). */
export function shareOf(c: Count): number | null {
  return c.denominator > 0 ? c.numerator / c.denominator : null
}

export interface YearShare extends Count {
  year: number
  share: number | null
  /** Change from the previous year in percentage points; null for the first year or when either year has no base. */
  change: number | null
}

/**
 * One entry per year from `fromYear` to `toYear` (years without awards count 0 of 0), with the share and its
 * change from the year before in percentage points (rounded to 0.1).
 */
export function shareTrend(rows: readonly (Count & { year: number })[], fromYear: number, toYear: number): YearShare[] {
  const byYear = new Map(rows.map((r) => [r.year, r]))
  const result: YearShare[] = []
  for (let year = fromYear; year <= toYear; year++) {
    const row = byYear.get(year) ?? { numerator: 0, denominator: 0 }
    const share = shareOf(row)
    const previous = result[result.length - 1]?.share ?? null
    const change = share === null || previous === null ? null : Math.round((share - previous) * 1000) / 10
    result.push({ year, numerator: row.numerator, denominator: row.denominator, share, change })
  }
  return result
}

/** Sum of numerators and denominators over the years: the share of the whole period. */
export function totalOf(rows: readonly Count[]): Count {
  return rows.reduce((sum, r) => ({ numerator: sum.numerator + r.numerator, denominator: sum.denominator + r.denominator }), { numerator: 0, denominator: 0 })
}

export type TargetVerdict = 'met' | 'below' | 'no_target' | 'no_data'

/** The share against the province's target for it. */
export function againstTarget(share: number | null, target: number | null): TargetVerdict {
  if (target === null) return 'no_target'
  if (share === null) return 'no_data'
  return share >= target ? 'met' : 'below'
}

/** The answer states of a plan's addressees (the cascade tree's: answered / draft / not started / late). */
export interface CascadeCounts {
  answered: number
  draft: number
  notStarted: number
  late: number
}

/**
 * Splits a plan's addressees by the state of their answering plan. The answer is due on one day for every
 * addressee of the plan, so after it (Vietnam's calendar day) every addressee without an issued answer is
 * late, drafts included — as the cascade tree shows them (answer-status.ts).
 */
export function cascadeCounts(c: { addressed: number; answered: number; drafts: number }, due: string | null, today: string): CascadeCounts {
  const open = c.addressed - c.answered
  if (due !== null && today > due) return { answered: c.answered, draft: 0, notStarted: 0, late: open }
  return { answered: c.answered, draft: c.drafts, notStarted: open - c.drafts, late: 0 }
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when past. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

// ── the dashboard as the API returns it ──────────────────────────────────────────────────────────────

export type SubjectKindKey = 'individual' | 'collective' | 'household'
export type AwardLevelKey = 'central' | 'ministry' | 'province' | 'district' | 'commune' | 'unit'
export type AwardTrackKey = 'government' | 'party' | 'mass'

export interface FormCount {
  /** Catalogue code, or null for a form outside the catalogue (then the name as written). */
  code: string | null
  name: string
  /** 'Danh hiệu thi đua' / 'Hình thức khen thưởng' / … or 'Khác' outside the catalogue. */
  category: string
  total: number
  bySubject: Record<SubjectKindKey, number>
}

export interface LevelCount {
  /** null when the registry row does not say which level decided. */
  level: AwardLevelKey | null
  track: AwardTrackKey
  count: number
}

export interface YearCount {
  year: number
  total: number
  bySubject: Record<SubjectKindKey, number>
}

export interface CampaignCompletion {
  campaignId: string
  title: string
  numberAndSymbol: string | null
  issuerName: string
  year: number
  answerDue: string | null
  addressed: number
  counts: CascadeCounts
  /** Units of the cascade in scope, and those that sent (or had approved) a registration for it. */
  registration: { addressed: number; registered: number }
}

export interface YearRegistration {
  year: number
  /** Units directly under the level, in force that year. */
  addressed: number
  registered: number
}

export type RiskKind = 'review' | 'registration' | 'dossier' | 'report' | 'answer' | 'other'

export interface DeadlineAtRisk {
  date: string
  daysLeft: number
  kind: RiskKind
  title: string
  campaignId: string
  campaignTitle: string
  numberAndSymbol: string | null
  issuerName: string
  /** What is still missing, in words ("3/7 đơn vị chưa đăng ký"); null when tdkt does not track it. */
  missing: string | null
  /** How many are missing (for sorting and colour); null when not tracked. */
  missingCount: number | null
}

export interface DashboardData {
  organization: { id: string; name: string }
  fromYear: number
  toYear: number
  today: string
  settings: StatisticsSettings
  awards: {
    total: number
    bySubject: Record<SubjectKindKey, number>
    byForm: FormCount[]
    byLevel: LevelCount[]
    byYear: YearCount[]
  }
  shares: Record<ShareKey, { total: Count & { share: number | null }; target: number | null; verdict: TargetVerdict; years: YearShare[] }>
  campaigns: { items: CampaignCompletion[]; totals: CascadeCounts & { addressed: number } }
  registrations: { byCampaign: { addressed: number; registered: number }; byYear: YearRegistration[] }
  deadlines: DeadlineAtRisk[]
}
