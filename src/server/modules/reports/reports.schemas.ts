// Request schemas of the progress reports API (báo cáo sơ kết / tổng kết), each field labelled in Vietnamese.
import { z } from 'zod'
import { REPORT_STATUSES } from '../../../shared/reports.ts'
import { optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'

/** A figure: not negative, at most two decimals (a percentage like 99,5 is written as such). */
const figure = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .min(0, `${label} không được âm`)
    .max(1_000_000_000, `${label} tối đa 1.000.000.000`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, `${label} có tối đa hai chữ số thập phân`)
    .describe(label)

const periodId = z.string({ error: 'Kỳ báo cáo là bắt buộc' }).min(1, 'Kỳ báo cáo là bắt buộc').max(64, 'Kỳ báo cáo không hợp lệ').describe('Kỳ báo cáo')

const part = z.object({ label: requiredText('Tên chỉ tiêu «trong đó»', 300), value: figure('Số liệu «trong đó»') }).describe('Trong đó')

const result = z
  .object({
    criterionKey: z.string().min(1).max(100).nullable().describe('Tiêu chí của kế hoạch'),
    criterion: requiredText('Tiêu chí, chỉ tiêu', 3000),
    measure: optionalText('Chỉ số (đếm cái gì)', 300).transform((v) => v ?? null),
    value: figure('Số liệu').nullable().default(null),
    parts: z.array(part).max(20, 'tối đa 20 số liệu «trong đó»').default([]).describe('Trong đó'),
    text: optionalText('Kết quả (nội dung)', 5000).transform((v) => v ?? null),
  })
  .describe('Kết quả thực hiện')

const narrativeText = (label: string) => optionalText(label, 20_000).transform((v) => v ?? null)

export const narrativeBody = z.object({
  results: narrativeText('Kết quả đạt được'),
  shortcomings: narrativeText('Hạn chế, tồn tại và nguyên nhân'),
  lessons: narrativeText('Bài học kinh nghiệm'),
  direction: narrativeText('Phương hướng, nhiệm vụ thời gian tới'),
})

const lines = (label: string) => z.array(requiredText(label, 1000)).max(100, `${label}: tối đa 100 dòng`).default([]).describe(label)

export const reportContentBody = z.object({
  results: z.array(result).max(200, 'tối đa 200 kết quả').default([]).describe('Kết quả thực hiện'),
  sections: narrativeBody.default({ results: null, shortcomings: null, lessons: null, direction: null }).describe('Nội dung báo cáo'),
  models: lines('Mô hình, điển hình tiên tiến'),
  initiatives: lines('Sáng kiến, cách làm hay'),
})

export const createReportBody = z.object({
  organizationId: uuid('Đơn vị báo cáo'),
  campaignId: uuid('Kế hoạch thi đua'),
  periodId,
})

export const updateReportBody = z.object({ version, content: reportContentBody })

export const versionBody = z.object({ version })

export const returnReportBody = z.object({ version, reason: requiredText('Lý do trả lại', 2000) })

export const listReportsQuery = z.object({
  campaignId: uuid('Kế hoạch thi đua').optional(),
  periodId: periodId.optional(),
  status: z.enum(REPORT_STATUSES, { error: `chỉ nhận một trong ${REPORT_STATUSES.join(', ')}` }).optional().describe('Trạng thái'),
  ...pageQuery,
})

export const campaignQuery = z.object({ campaignId: uuid('Kế hoạch thi đua') })

export const periodQuery = z.object({ campaignId: uuid('Kế hoạch thi đua'), periodId })

export const remindBody = z.object({
  organizationId: uuid('Đơn vị được nhắc'),
  campaignId: uuid('Kế hoạch thi đua'),
  periodId,
  note: optionalText('Lời nhắc', 500),
})

const format = z.enum(['docx', 'pdf'], { error: 'chỉ nhận docx hoặc pdf' }).default('docx').describe('Định dạng')

export const compiledQuery = z.object({ organizationId: uuid('Cấp tổng hợp'), campaignId: uuid('Kế hoạch thi đua'), periodId })
export const compiledDocumentQuery = compiledQuery.extend({ format })

export const saveCompiledNarrativeBody = compiledQuery.extend({
  version: version.nullable().describe('Phiên bản dữ liệu (null khi lưu lần đầu)'),
  sections: narrativeBody,
})

const year = (label: string) => z.coerce.number({ error: `${label} phải là số năm` }).int(`${label} phải là số nguyên`).min(1945, `${label} phải từ năm 1945`).max(2100, `${label} phải trước năm 2100`).describe(label)

/** The longest range a summary covers (a term is five years; a few more are allowed for a late congress). */
export const MAX_SUMMARY_YEARS = 10

const yearRange = <T extends { yearFrom: number; yearTo: number }>(q: T, ctx: z.RefinementCtx) => {
  if (q.yearTo < q.yearFrom) ctx.addIssue({ code: 'custom', path: ['yearTo'], message: 'Đến năm phải từ năm bắt đầu trở đi' })
  else if (q.yearTo - q.yearFrom + 1 > MAX_SUMMARY_YEARS) ctx.addIssue({ code: 'custom', path: ['yearTo'], message: `Tổng kết tối đa ${MAX_SUMMARY_YEARS} năm` })
}

const summaryBase = z.object({ organizationId: uuid('Cấp tổng kết'), yearFrom: year('Từ năm'), yearTo: year('Đến năm') })
export const summaryQuery = summaryBase.superRefine(yearRange)
export const summaryDocumentQuery = summaryBase.extend({ format }).superRefine(yearRange)
export const saveSummaryNarrativeBody = summaryBase
  .extend({ version: version.nullable().describe('Phiên bản dữ liệu (null khi lưu lần đầu)'), sections: narrativeBody })
  .superRefine(yearRange)

export const fileParams = z.object({ id: uuid('Mã báo cáo'), fileId: uuid('Mã tệp minh chứng') })

export type ReportContentInput = z.output<typeof reportContentBody>
export type CreateReportInput = z.output<typeof createReportBody>
export type ListReportsQuery = z.output<typeof listReportsQuery>
export type PeriodQuery = z.output<typeof periodQuery>
export type RemindInput = z.output<typeof remindBody>
export type CompiledQuery = z.output<typeof compiledQuery>
export type SaveCompiledNarrativeInput = z.output<typeof saveCompiledNarrativeBody>
export type SummaryQuery = z.output<typeof summaryQuery>
export type SaveSummaryNarrativeInput = z.output<typeof saveSummaryNarrativeBody>
