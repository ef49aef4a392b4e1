// What the fund page (quỹ thi đua, khen thưởng) reads from /api/fund and the choices of its forms.
import { FUND_CATEGORY_LABELS, FUND_INCOME_CATEGORIES, FUND_SPENDING_CATEGORIES, type FundCategory, type FundLineKind } from '../../../shared/fund.ts'

export const FUND_KEY = ['fund'] as const

export interface FundLine {
  id: string
  kind: FundLineKind
  category: FundCategory
  occurredOn: string
  description: string
  counterparty: string | null
  amount: number
  decisionId: string | null
  decisionLabel: string | null
  eventId: string | null
  reversesId: string | null
  reason: string | null
  reversedById: string | null
  createdByName: string
  createdAt: string
}

export interface FundSummary {
  organizationId: string
  year: number
  opening: number
  income: number
  spending: number
  closing: number
  byCategory: Record<FundCategory, number>
  movementShare: number
  movementShareCitation: string
  movementCap: number
  allocationRate: number
  allocationRateCitation: string
  recurrentSpending: number | null
  allocationCap: number | null
  yearVersion: number
}

export interface FundView {
  organization: { id: string; name: string }
  summary: FundSummary
  lines: FundLine[]
  canWrite: boolean
}

export interface PayableDecision {
  id: string
  label: string
  title: string
  decisionDate: string
  lineCount: number
  total: number
  cancelledLines: number
  unknownAmountLines: number
  notPaidLines: number
}

const optionsOf = (categories: readonly FundCategory[]) => categories.map((value) => ({ value, label: FUND_CATEGORY_LABELS[value] }))
export const incomeOptions = optionsOf(FUND_INCOME_CATEGORIES)
export const spendingOptions = optionsOf(FUND_SPENDING_CATEGORIES)

/** Why a decision's total leaves some of its lines out, for the "Chi trả" list. */
export function excludedNote(d: Pick<PayableDecision, 'cancelledLines' | 'unknownAmountLines' | 'notPaidLines'>): string | null {
  const parts = [
    d.cancelledLines ? `${d.cancelledLines} dòng đã hủy bỏ khen thưởng` : null,
    d.unknownAmountLines ? `${d.unknownAmountLines} dòng chưa xác định số tiền` : null,
    d.notPaidLines ? `${d.notPaidLines} dòng chỉ nhận mức cao nhất cùng thời gian` : null,
  ].filter((s): s is string => s !== null)
  return parts.length ? `Không tính: ${parts.join('; ')}` : null
}

/** The province's fund rules as GET /api/fund/settings gives them (shares between 0 and 1), and whether the caller may change them. */
export interface FundSettingsView {
  movementShare: number
  movementShareCitation: string
  allocationRate: number
  allocationRateCitation: string
  /** 0 while the province keeps the defaults. */
  version: number
  stored: boolean
  canConfigure: boolean
}

export const FUND_SETTINGS_KEY = [...FUND_KEY, 'settings'] as const
