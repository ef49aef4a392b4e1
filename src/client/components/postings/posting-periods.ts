// Posting periods (thời gian công khai): the officer chooses the period of each posting; these are the
// suggestions shown beside the dates, with where each comes from (law.md §4.3). Calendar days, both ends included.
import { addDays } from '../../../shared/working-days.ts'

export const QUICK_PERIODS = [7, 10] as const

/** The last day of a posting of `days` calendar days starting on `startsOn` (the first day counts). */
export function periodEnd(startsOn: string, days: number): string {
  return addDays(startsOn, days - 1)
}

/** Calendar days from the first to the last day, both included. */
export function periodDays(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1
}

export const PERIOD_NOTES: readonly string[] = [
  'Gia đình văn hóa: thôn, tổ dân phố niêm yết 10 ngày (Nghị định 86/2023/NĐ-CP, Điều 8 khoản 1); thôn, tổ dân phố văn hóa: xã công khai 10 ngày (Điều 8 khoản 2).',
  'Huân chương, danh hiệu vinh dự Nhà nước: công khai ít nhất 10 ngày làm việc trước khi Hội đồng họp.',
  'Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen cấp xã: chưa có quy định thống nhất toàn quốc về thời gian công khai (❓) — theo hướng dẫn của tỉnh.',
]
