// Request schemas of the fund API (quỹ thi đua, khen thưởng), each field labelled in Vietnamese.
import { z } from 'zod'
import { FUND_INCOME_CATEGORIES, FUND_SPENDING_CATEGORIES } from '../../../shared/fund.ts'
import { isoDate, optionalText, requiredText, uuid } from '../../../shared/schemas.ts'
import { yearOf } from '../history/history.schemas.ts'

/** Whole đồng, at most a thousand billion (far above any commune's or province's fund). */
export const MAX_AMOUNT = 1_000_000_000_000

const amount = z
  .number({ error: 'Số tiền phải là số' })
  .int('Số tiền phải là số nguyên (đồng)')
  .min(1, 'Số tiền phải lớn hơn 0')
  .max(MAX_AMOUNT, 'Số tiền quá lớn')
  .describe('Số tiền')

const yearQuery = z.coerce.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'phải từ năm 1945').max(2100, 'phải trước năm 2100')

export const fundQuery = z.object({ organizationId: uuid('Đơn vị giữ quỹ'), year: yearQuery.describe('Năm') })

const lineBase = {
  organizationId: uuid('Đơn vị giữ quỹ'),
  year: yearOf('Năm'),
  occurredOn: isoDate('Ngày ghi sổ'),
  description: requiredText('Nội dung', 1000),
  amount,
}

const inYear = (l: { occurredOn: string; year: number }) => l.occurredOn.startsWith(`${l.year}-`)
const IN_YEAR = { path: ['occurredOn'], message: 'Ngày ghi sổ phải thuộc năm của sổ quỹ' }

export const incomeBody = z
  .object({
    ...lineBase,
    category: z.enum(FUND_INCOME_CATEGORIES, { error: 'Loại khoản thu chỉ nhận allocation, contribution hoặc carry_over' }).describe('Loại khoản thu'),
    counterparty: optionalText('Tổ chức, cá nhân đóng góp', 300),
  })
  .refine(inYear, IN_YEAR)

export const spendingBody = z
  .object({
    ...lineBase,
    category: z.enum(FUND_SPENDING_CATEGORIES, { error: 'Loại khoản chi chỉ nhận bonus, award_items hoặc movement' }).describe('Loại khoản chi'),
    decisionId: uuid('Quyết định khen thưởng').nullable().optional(),
    eventId: uuid('Sự kiện, phong trào').nullable().optional(),
  })
  .refine(inYear, IN_YEAR)

export const reverseBody = z.object({
  reason: requiredText('Lý do điều chỉnh', 1000),
  occurredOn: isoDate('Ngày ghi sổ'),
})

export const payDecisionBody = z.object({ occurredOn: isoDate('Ngày ghi sổ') })

export const yearSettingsBody = z.object({
  organizationId: uuid('Đơn vị giữ quỹ'),
  year: yearOf('Năm'),
  recurrentSpending: z.number({ error: 'Tổng chi thường xuyên phải là số' }).int('Tổng chi thường xuyên phải là số nguyên (đồng)').min(0, 'Tổng chi thường xuyên không được âm')
    .max(MAX_AMOUNT * 100, 'Tổng chi thường xuyên quá lớn').nullable().describe('Tổng chi thường xuyên'),
  version: z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(0).describe('Phiên bản dữ liệu'),
})

const share = (label: string, max: number) =>
  z.number({ error: `${label} phải là số` }).gt(0, `${label} phải lớn hơn 0`).max(max, `${label} tối đa ${max * 100}%`).describe(label)

export const settingsBody = z.object({
  movementShare: share('Tỷ lệ chi tổ chức phong trào', 1),
  movementShareCitation: requiredText('Căn cứ tỷ lệ chi tổ chức phong trào', 500),
  allocationRate: share('Tỷ lệ trích ngân sách', 0.015),
  allocationRateCitation: requiredText('Căn cứ tỷ lệ trích ngân sách', 500),
  version: z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(0).describe('Phiên bản dữ liệu'),
})

export const documentQuery = fundQuery.extend({ format: z.enum(['docx', 'pdf'], { error: 'Định dạng chỉ nhận docx hoặc pdf' }).default('docx').describe('Định dạng') })

export const lineParams = z.object({ id: uuid('Dòng sổ quỹ') })
export const decisionParams = z.object({ decisionId: uuid('Quyết định khen thưởng') })

export type IncomeInput = z.output<typeof incomeBody>
export type SpendingInput = z.output<typeof spendingBody>
export type ReverseInput = z.output<typeof reverseBody>
export type YearSettingsInput = z.output<typeof yearSettingsBody>
export type SettingsInput = z.output<typeof settingsBody>
