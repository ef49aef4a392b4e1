// Request schemas of the dashboards and statistical forms (thống kê thi đua, khen thưởng), each field labelled in Vietnamese.
import { z } from 'zod'
import { ORGANIZATION_KIND_CODES } from '../../../shared/organizations.ts'
import { optionalText, uuid } from '../../../shared/schemas.ts'
import { MAX_YEAR_SPAN } from '../../../shared/statistics.ts'
import { STATISTICS_FORM_IDS } from '../../../shared/statistics-forms.ts'

const year = (label: string) =>
  z.coerce.number({ error: `${label} phải là số năm` }).int(`${label} phải là số nguyên`).min(1945, `${label} phải từ năm 1945`).max(2100, `${label} phải trước năm 2100`).describe(label)

/** The unit (default: the caller's own) and the years (default: the last five, this one included). */
export const statisticsQuery = z
  .object({
    organizationId: uuid('Đơn vị').optional(),
    fromYear: year('Từ năm').optional(),
    toYear: year('Đến năm').optional(),
  })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, { path: ['toYear'], message: 'Đến năm phải không trước Từ năm' })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.toYear - q.fromYear < MAX_YEAR_SPAN, {
    path: ['fromYear'],
    message: `Từ năm: mỗi lần thống kê tối đa ${MAX_YEAR_SPAN} năm`,
  })

export const formParams = z.object({
  form: z.enum(STATISTICS_FORM_IDS, { error: `Biểu mẫu: chỉ nhận một trong ${STATISTICS_FORM_IDS.join(', ')}` }).describe('Biểu mẫu'),
})

const target = (label: string) =>
  z.number({ error: `${label} phải là số` }).min(0, `${label} phải từ 0 đến 1`).max(1, `${label} phải từ 0 đến 1`).nullable().describe(label)

export const settingsBody = z.object({
  smallCollectiveKinds: z
    .array(z.enum(ORGANIZATION_KIND_CODES, { error: 'Loại tổ chức là tập thể nhỏ: có loại tổ chức không hợp lệ' }))
    .min(1, 'Loại tổ chức là tập thể nhỏ: chọn ít nhất một loại')
    .max(ORGANIZATION_KIND_CODES.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'Loại tổ chức là tập thể nhỏ: một loại được chọn hai lần')
    .describe('Loại tổ chức là tập thể nhỏ'),
  targets: z.object({
    directWorkers: target('Chỉ tiêu tỷ lệ người lao động trực tiếp'),
    women: target('Chỉ tiêu tỷ lệ nữ'),
    smallCollectives: target('Chỉ tiêu tỷ lệ tập thể nhỏ'),
  }),
  citation: optionalText('Căn cứ (văn bản của tỉnh)', 500),
  version: z.number({ error: 'Phiên bản phải là số' }).int().min(0).describe('Phiên bản (0 khi tỉnh chưa lưu)'),
})

export type StatisticsQuery = z.output<typeof statisticsQuery>
export type SettingsInput = z.output<typeof settingsBody>
