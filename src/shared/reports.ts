// Progress reports (báo cáo sơ kết / tổng kết): statuses and their moves, what a unit's report holds (results
// against the plan's criteria, narrative sections, exemplary models and initiatives) and the checks on it that
// the server enforces and the form shows as the user types. Pure; shared by the server and the client.
//
// The duty to report comes from the plan itself (seed 001 §V.1: "sơ kết … vào tháng 8/2025 và tổng kết … vào
// tháng 8/2026"; seed 003 §VI.1: units "gửi báo cáo tổng kết Đợt thi đua về Sở Nội vụ … để tổng hợp"). The
// Law on Emulation and Commendation 2022 sets no form for these reports (❓ not found in law.md), so the
// sections below follow the seeds' wording: results, shortcomings, lessons and direction (seed 002 §I.1, §IV.1).

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã nộp, chờ tiếp nhận',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
}

/** Which moves are allowed: a draft or a returned report is submitted; a submitted one is returned or accepted. */
export function reportTransitionProblem(from: ReportStatus, to: ReportStatus): string | null {
  const allowed: Record<ReportStatus, ReportStatus[]> = { draft: ['submitted'], returned: ['submitted'], submitted: ['returned', 'accepted'], accepted: [] }
  if (allowed[from].includes(to)) return null
  return `không thể chuyển từ "${REPORT_STATUS_LABELS[from]}" sang "${REPORT_STATUS_LABELS[to]}"`
}

/** The narrative sections of a report, in the order they are printed (seed 002 §I.1, §IV.1). */
export const NARRATIVE_SECTIONS = {
  results: 'Kết quả đạt được',
  shortcomings: 'Hạn chế, tồn tại và nguyên nhân',
  lessons: 'Bài học kinh nghiệm',
  direction: 'Phương hướng, nhiệm vụ thời gian tới',
} as const
export type NarrativeSection = keyof typeof NARRATIVE_SECTIONS
export const NARRATIVE_KEYS = Object.keys(NARRATIVE_SECTIONS) as NarrativeSection[]
export type Narrative = Record<NarrativeSection, string | null>

export const emptyNarrative = (): Narrative => ({ results: null, shortcomings: null, lessons: null, direction: null })

/** "trong đó": a part of a result's figure ("hộ cận nghèo: 4"). */
export interface ResultPart {
  label: string
  value: number
}

/** One result of the report: against a criterion of the plan, or an indicator the unit adds itself. */
export interface ReportResult {
  /** The plan's criterion it answers ("tap-the#1": target group id # index), or null for the unit's own indicator. */
  criterionKey: string | null
  /** The criterion as the plan words it, or the name of the unit's own indicator. */
  criterion: string
  /** What the figure counts: "số hộ thoát nghèo". */
  measure: string | null
  value: number | null
  parts: ResultPart[]
  text: string | null
}

export interface ReportContent {
  results: ReportResult[]
  sections: Narrative
  /** Exemplary models and advanced examples named (mô hình, điển hình tiên tiến). */
  models: string[]
  /** Initiatives and good practices named (sáng kiến, cách làm hay). */
  initiatives: string[]
}

export const emptyReportContent = (): ReportContent => ({ results: [], sections: emptyNarrative(), models: [], initiatives: [] })

/** A figure as officers write it: "1.234", "12,5". */
export function formatFigure(value: number): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })
}

/** Sums without binary noise (12.1 + 0.2 = 12.3, not 12.299999…): figures carry at most two decimals. */
export const sumFigures = (values: readonly number[]): number => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100

/**
 * Figures that contradict their totals, keyed by the field to show them on ("results.2.parts"): the parts
 * ("trong đó") of a result may not add up to more than its total, and parts need a total to belong to.
 * A result must also say something (a figure or a text).
 */
export function resultProblems(results: readonly ReportResult[]): Record<string, string> {
  const problems: Record<string, string> = {}
  results.forEach((r, i) => {
    const name = `«${r.criterion}»${r.measure ? ` (${r.measure})` : ''}`
    if (r.value === null && r.parts.length === 0 && !r.text) {
      problems[`results.${i}.value`] = `${name}: nhập số liệu hoặc nội dung kết quả`
      return
    }
    if (r.parts.length === 0) return
    if (r.value === null) {
      problems[`results.${i}.value`] = `${name}: có số liệu «trong đó» thì phải nhập tổng số`
      return
    }
    const sum = sumFigures(r.parts.map((p) => p.value))
    if (sum > r.value) {
      problems[`results.${i}.parts`] = `${name}: các số liệu «trong đó» cộng lại (${formatFigure(sum)}) vượt tổng số (${formatFigure(r.value)})`
    }
  })
  return problems
}

/** Why a report cannot be sent yet, or null: it must report some result, in figures or in words. */
export function submitProblem(content: Pick<ReportContent, 'results' | 'sections'>): string | null {
  if (content.results.length > 0 || content.sections.results) return null
  return 'Báo cáo chưa có kết quả nào: nhập kết quả theo tiêu chí hoặc phần «Kết quả đạt được»'
}
