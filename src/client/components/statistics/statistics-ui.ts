// What the statistics page and the overview summary share: the dashboard query, labels and colours, and the
// pure shaping of the API's figures into chart rows.
import { useQuery } from '@tanstack/react-query'
import { api, toQuery } from '../../api.ts'
import { SUBJECT_KINDS, TRACKS } from '../../../rules/types.ts'
import type { AwardLevelKey, CampaignCompletion, DashboardData, FormCount, LevelCount, RiskKind, YearShare } from '../../../shared/statistics.ts'

export const STATISTICS_KEY = ['statistics'] as const

export interface StatisticsFilters {
  organizationId?: string | undefined
  fromYear?: string | undefined
  toYear?: string | undefined
}

export function useDashboard(filters: StatisticsFilters, enabled = true) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'dashboard', filters],
    queryFn: () => api.get<DashboardData>(`/api/statistics/dashboard${toQuery({ ...filters })}`),
    enabled,
  })
}

/** The download address of a form for the filters shown. */
export const formUrl = (formId: string, filters: StatisticsFilters) => `/api/statistics/forms/${formId}${toQuery({ ...filters })}`

export const SUBJECT_COLORS = { individual: '#1677ff', collective: '#52c41a', household: '#faad14' } as const
export const TRACK_COLORS = { government: '#1677ff', party: '#cf1322', mass: '#13c2c2' } as const
export const CASCADE_COLORS = { answered: '#52c41a', draft: '#1677ff', notStarted: '#bfbfbf', late: '#cf1322' } as const
export const CASCADE_LABELS = { answered: 'Đã ban hành', draft: 'Đang dự thảo', notStarted: 'Chưa thực hiện', late: 'Quá hạn' } as const
export { SUBJECT_KINDS, TRACKS }

export const LEVEL_LABELS: Record<AwardLevelKey | 'none', string> = {
  central: 'Trung ương', ministry: 'Bộ, ngành', province: 'Cấp tỉnh', district: 'Cấp huyện (cũ)', commune: 'Cấp xã', unit: 'Cơ quan, đơn vị', none: 'Chưa ghi cấp',
}

export const RISK_LABELS: Record<RiskKind, string> = {
  review: 'Sơ kết, tổng kết', registration: 'Đăng ký thi đua', dossier: 'Hồ sơ khen thưởng', report: 'Báo cáo', answer: 'Kế hoạch triển khai', other: 'Khác',
}

/** 0.456 → "45,6%"; "—" without a share. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`
}

/** +2.5 → "▲ 2,5 điểm %", −1 → "▼ 1 điểm %", 0 → "= 0 điểm %"; "" without a change. */
export function changeText(change: number | null): string {
  if (change === null) return ''
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '='
  return `${arrow} ${Math.abs(change).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} điểm %`
}

/** The most awarded forms first, the rest summed into "Khác" so the chart stays readable. */
export function formChartRows(forms: readonly FormCount[], top = 10): { name: string; individual: number; collective: number; household: number }[] {
  const row = (f: FormCount) => ({ name: f.name, ...f.bySubject })
  const sorted = [...forms].sort((a, b) => b.total - a.total)
  if (sorted.length <= top) return sorted.map(row)
  const rest = sorted.slice(top - 1)
  const sum = (k: keyof FormCount['bySubject']) => rest.reduce((s, f) => s + f.bySubject[k], 0)
  return [...sorted.slice(0, top - 1).map(row), { name: `Các hình thức khác (${rest.length})`, individual: sum('individual'), collective: sum('collective'), household: sum('household') }]
}

/** One bar per deciding level, stacked by track, in the order of the levels. */
export function levelChartRows(levels: readonly LevelCount[]): { level: string; government: number; party: number; mass: number }[] {
  const order: (AwardLevelKey | 'none')[] = ['central', 'ministry', 'province', 'district', 'commune', 'unit', 'none']
  return order
    .map((key) => {
      const of = (track: LevelCount['track']) => levels.filter((l) => (l.level ?? 'none') === key && l.track === track).reduce((s, l) => s + l.count, 0)
      return { level: LEVEL_LABELS[key], government: of('government'), party: of('party'), mass: of('mass') }
    })
    .filter((r) => r.government + r.party + r.mass > 0)
}

/** The trend as chart points in percent (null where the year has no base). */
export function trendRows(years: readonly YearShare[]): { year: string; share: number | null }[] {
  return years.map((y) => ({ year: String(y.year), share: y.share === null ? null : Math.round(y.share * 1000) / 10 }))
}

/** A plan's label on the completion charts: its number, else its title shortened. */
export function planLabel(c: Pick<CampaignCompletion, 'numberAndSymbol' | 'title'>): string {
  return c.numberAndSymbol ?? (c.title.length > 30 ? `${c.title.slice(0, 29).trimEnd()}…` : c.title)
}
