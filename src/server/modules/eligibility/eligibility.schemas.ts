// Request schemas of the eligibility API and of the province's rule configuration.
import { z } from 'zod'
import { AUTHORITY_CODES } from '../../../rules/authorities.ts'
import { COMMENDATION_KINDS } from '../../../rules/types.ts'
import { isoDate, optionalText, requiredText, uuid } from '../../../shared/schemas.ts'
import { catalogueCode, subjectKind, yearOf } from '../history/history.schemas.ts'
import { PARAMETER_KEYS } from './province-rules.ts'

const keysOf = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]
const date = isoDate('Ngày xét').optional().describe('Ngày xét (ngày quyết định; chọn bộ quy định áp dụng). Mặc định: hôm nay')
const queryYear = z.coerce.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'phải từ năm 1945').max(2100, 'phải trước năm 2100')
const question = {
  target: catalogueCode('Danh hiệu, hình thức'),
  date,
  year: queryYear.optional().describe('Năm thành tích được xét. Mặc định: năm của ngày xét'),
  kind: z.enum(keysOf(COMMENDATION_KINDS), { error: `chỉ nhận một trong: ${Object.keys(COMMENDATION_KINDS).join(', ')}` }).optional().describe('Loại hình khen thưởng'),
}

export const targetsQuery = z.object({ subjectKind: subjectKind.optional(), date })

export const evaluateQuery = z.object({
  ...question,
  authority: z.enum(AUTHORITY_CODES, { error: `chỉ nhận một trong: ${AUTHORITY_CODES.join(', ')}` }).optional().describe('Người quyết định (kiểm tra thẩm quyền)'),
})

export const VERDICTS = { eligible: true, unknown: null, not_eligible: false } as const

export const eligibleQuery = z.object({
  organizationId: uuid('Đơn vị').optional(),
  ...question,
  subjectKind: subjectKind.optional(),
  verdict: z.enum(keysOf(VERDICTS), { error: 'chỉ nhận eligible, unknown hoặc not_eligible' }).optional().describe('Chỉ lấy: đủ điều kiện, chưa đủ dữ liệu hoặc không đủ điều kiện'),
  page: z.coerce.number().int().min(1).default(1).describe('Trang'),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100).describe('Số dòng mỗi trang'),
})

export const quotasBody = z.object({
  organizationId: uuid('Đơn vị'),
  year: yearOf('Năm xét'),
  date: isoDate('Ngày xét').optional().describe('Ngày xét. Mặc định: 31/12 của năm xét'),
  exceptional: z.boolean({ error: 'phải là true hoặc false' }).optional().describe('Trường hợp đặc biệt của Đảng (25% thay vì 20%)'),
  proposals: z
    .array(z.object({ subjectKind, subjectId: uuid('Đối tượng'), target: catalogueCode('Danh hiệu, hình thức') }))
    .max(20_000, 'tối đa 20.000 đề nghị')
    .describe('Danh sách đề nghị'),
})

export const parametersQuery = z.object({ date })
export const parameterParams = z.object({ key: z.enum(PARAMETER_KEYS, { error: `chỉ nhận một trong: ${PARAMETER_KEYS.join(', ')}` }).describe('Tham số') })
export const parameterBody = z.object({
  value: z.unknown().describe('Giá trị (null: bỏ giá trị của tỉnh, dùng mức chung)'),
  citation: optionalText('Căn cứ (văn bản, điều khoản của tỉnh)', 500),
  version: z.number({ error: 'phải là số' }).int().positive().nullable().describe('Phiên bản giá trị đang có (null khi tỉnh chưa đặt)'),
})

export const provinceRulesBody = z.object({
  instrument: requiredText('Văn bản quy định của tỉnh', 500),
  validFrom: isoDate('Có hiệu lực từ ngày').nullable().optional(),
  validTo: isoDate('Hết hiệu lực ngày').nullable().optional(),
  standards: z.array(z.unknown()).max(200, 'tối đa 200 nhóm tiêu chuẩn').describe('Tiêu chuẩn của tỉnh'),
  quotas: z.array(z.unknown()).max(200, 'tối đa 200 tỷ lệ').describe('Tỷ lệ khống chế của tỉnh'),
  version: z.number({ error: 'phải là số' }).int().min(0).describe('Phiên bản (0 khi tỉnh chưa có quy định)'),
})

export type EvaluateQuery = z.output<typeof evaluateQuery>
export type EligibleQuery = z.output<typeof eligibleQuery>
export type QuotasInput = z.output<typeof quotasBody>
export type ParameterInput = z.output<typeof parameterBody>
export type SaveProvinceRulesInput = z.output<typeof provinceRulesBody>
