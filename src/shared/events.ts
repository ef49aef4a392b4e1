// Emulation events (sự kiện thi đua): the launch ceremony (lễ phát động thi đua, seed 001 §IV) and the honouring
// conference (hội nghị tuyên dương điển hình tiên tiến, seed 002 §II): kinds, statuses and their moves, attendee
// roles, the delegate cap and the chairs' limit, budget amounts. Pure; shared by the server and the client.

export const EVENT_KINDS = ['launch_ceremony', 'honouring_conference'] as const
export type EventKind = (typeof EVENT_KINDS)[number]
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  launch_ceremony: 'Lễ phát động thi đua',
  honouring_conference: 'Hội nghị tuyên dương điển hình tiên tiến',
}

/** draft → planned (the invitations issued) → held → settled (the budget settled into the commendation fund). */
export const EVENT_STATUSES = ['draft', 'planned', 'held', 'settled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  draft: 'Đang chuẩn bị',
  planned: 'Đã phát hành giấy mời',
  held: 'Đã tổ chức',
  settled: 'Đã quyết toán',
}

/** Chủ trì, phát biểu (báo cáo, tham luận, hưởng ứng), đại biểu, người được tuyên dương. */
export const ATTENDEE_ROLES = ['chair', 'speaker', 'delegate', 'honouree'] as const
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number]
export const ATTENDEE_ROLE_LABELS: Record<AttendeeRole, string> = {
  chair: 'Chủ trì',
  speaker: 'Phát biểu',
  delegate: 'Đại biểu',
  honouree: 'Được tuyên dương',
}

/** Ký cam kết: who signs (for a cell or unit) and who witnesses (seed 001 §IV.2). */
export const PLEDGE_ROLES = ['signer', 'witness'] as const
export type PledgeRole = (typeof PLEDGE_ROLES)[number]
export const PLEDGE_ROLE_LABELS: Record<PledgeRole, string> = { signer: 'Ký cam kết', witness: 'Chứng kiến' }

/**
 * What the fund may pay (Nghị định 98/2023/NĐ-CP Điều 52 khoản 1; law.md §6.4): bonuses, award items
 * (certificates, frames, flags) and organising movements (the ceremony, the conference) — the same categories
 * as the fund's spending lines.
 */
export const BUDGET_CATEGORIES = ['movement', 'award_items', 'bonus'] as const
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number]
export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  movement: 'Tổ chức phong trào, hội nghị',
  award_items: 'Hiện vật khen thưởng (giấy khen, khung…)',
  bonus: 'Tiền thưởng',
}

/** The attendee list, groups and programme change while preparing (and, for late invitees, once invitations went out). */
export const canChangeAttendees = (status: EventStatus) => status === 'draft' || status === 'planned'
/** Check-in and pledge signing happen at the event: once invitations are out and until it is settled. */
export const canRecordOnTheDay = (status: EventStatus) => status === 'planned' || status === 'held'

/**
 * Adding `adding` attendees to `current` goes beyond the cap: the Vietnamese message naming the field, else null.
 * "Số lượng tham gia Hội nghị: Không quá 150 đại biểu" (seed 002 §II.2) — the cap is the officer's value.
 */
export function capProblem(cap: number | null, current: number, adding: number): string | null {
  if (cap === null || current + adding <= cap) return null
  const room = Math.max(0, cap - current)
  return `Số lượng đại biểu tối đa là ${cap}: đã có ${current}, ${room === 0 ? 'không thể thêm' : `chỉ còn thêm được ${room}`} (đang thêm ${adding})`
}

/** "Chủ trì Hội nghị: … (03 người)" (seed 002 §II.4) — at most `limit` chairs, the officer's value. */
export function chairProblem(limit: number | null, chairs: number): string | null {
  if (limit === null || chairs <= limit) return null
  return `Chủ trì tối đa ${limit} người (đang có ${chairs})`
}

/** A budget line's amount: quantity × unit price, whole VND. */
export const lineAmount = (line: { quantity: number; unitPrice: number }) => line.quantity * line.unitPrice

/**
 * The first line (0-based) whose amount takes the running total of the estimate beyond the fund's balance, or null
 * when the whole estimate fits. The fund pays the event (seed 002 §III), so the estimate may not exceed its balance.
 */
export function firstLineBeyondBalance(lines: readonly { quantity: number; unitPrice: number }[], balance: number): number | null {
  let total = 0
  for (const [i, line] of lines.entries()) {
    total += lineAmount(line)
    if (total > balance) return i
  }
  return null
}

/** 1234567 → "1.234.567" (đồng), the way Vietnamese documents print money. */
export const formatVnd = (amount: number) => Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')
