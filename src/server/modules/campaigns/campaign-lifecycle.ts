// The life of a plan: draft → issued → running → reviewed (sơ kết) → closed (tổng kết). Pure.
import type { PlanContent } from '../../../shared/campaign-plan.ts'

export const CAMPAIGN_STATUSES = ['draft', 'issued', 'running', 'reviewed', 'closed'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  running: 'Đang triển khai',
  reviewed: 'Đã sơ kết',
  closed: 'Đã tổng kết',
}

export const TRANSITION_TARGETS = ['running', 'reviewed', 'closed'] as const
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number]

/** Statuses in which a plan binds its addressees (answers are due, reminders run). */
export const IN_FORCE: readonly CampaignStatus[] = ['issued', 'running', 'reviewed']

const hasInterimReview = (content: PlanContent) => content.phases.some((p) => p.review?.kind === 'interim')

/**
 * Why a plan may not move from one status to another, or null when it may. Only forward moves:
 * issued → running → reviewed → closed; a plan without an interim review goes from running to closed.
 */
export function transitionProblem(from: CampaignStatus, to: TransitionTarget, content: PlanContent): string | null {
  const label = `Không thể chuyển kế hoạch từ "${STATUS_LABELS[from]}" sang "${STATUS_LABELS[to]}"`
  if (from === 'draft') return `${label}: kế hoạch chưa được ban hành.`
  if (to === 'running') return from === 'issued' ? null : `${label}: chỉ chuyển tiếp, không quay lại.`
  if (to === 'reviewed') return from === 'running' ? null : `${label}: chỉ sơ kết khi kế hoạch đang triển khai.`
  if (from === 'reviewed') return null
  if (from === 'running') return hasInterimReview(content) ? `${label}: kế hoạch có sơ kết, hãy chuyển sang "Đã sơ kết" trước.` : null
  return `${label}: chỉ chuyển tiếp theo thứ tự ban hành → triển khai → sơ kết → tổng kết.`
}
