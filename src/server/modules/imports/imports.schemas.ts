// Requests of the import area: a parsed document sent back (as the parser gave it, possibly edited by
// the officer) to become a draft, or an award decision's rows as the officer chose them. Bounds here
// only keep a request sane; what a plan cannot hold is dropped or replaced by the mapping, with warnings.
import { z } from 'zod'
import { isoDate, optionalText, requiredText, uuid } from '../../../shared/schemas.ts'
import { createAwardBody } from '../registry/registry.schemas.ts'
import { catalogueCode, subjectKind, yearOf } from '../history/history.schemas.ts'
import { longText } from '../nominations/nominations.schemas.ts'

const line = (label: string, max: number) => z.string({ error: `${label} phải là chuỗi ký tự` }).max(max, `${label} tối đa ${max} ký tự`).describe(label)
const optionalLine = (label: string, max: number) => line(label, max).nullable().default(null)
const lines = (label: string, max: number, count: number) =>
  z.array(line(label, max)).max(count, `${label}: tối đa ${count} mục`).default([]).describe(label)
const partialDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, `${label} phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD`)
    .nullable()
    .default(null)
    .describe(label)

/** The fields of a parsed plan (keys as the parser names them) and its normalized text. */
export const parsedPlan = z.object({
  doc_type: z.literal('ke_hoach', { error: 'Loại văn bản: chỉ tạo được dự thảo kế hoạch từ văn bản loại «Kế hoạch»' }).describe('Loại văn bản'),
  number: optionalLine('Số văn bản', 20),
  symbol: optionalLine('Ký hiệu', 200),
  place: optionalLine('Địa danh', 200),
  date: partialDate('Ngày ban hành'),
  title: optionalLine('Trích yếu', 5000),
  legal_bases: lines('Căn cứ', 200, 100),
  theme: optionalLine('Chủ đề thi đua', 5000),
  slogans: lines('Khẩu hiệu', 2000, 100),
  period: z
    .object({
      from: partialDate('Thời gian thi đua — từ ngày'),
      to: partialDate('Thời gian thi đua — đến ngày'),
      as_written: optionalLine('Thời gian thi đua (như văn bản)', 2000),
    })
    .nullable()
    .default(null)
    .describe('Thời gian thi đua'),
  phases: z
    .array(
      z.object({
        name: line('Tên giai đoạn', 500),
        from: partialDate('Giai đoạn — từ ngày'),
        to: partialDate('Giai đoạn — đến ngày'),
        review: optionalLine('Sơ kết, tổng kết', 100),
        review_date: partialDate('Thời hạn sơ kết, tổng kết'),
      }),
    )
    .max(50, 'Giai đoạn: tối đa 50 mục')
    .default([])
    .describe('Giai đoạn'),
  target_groups: lines('Đối tượng thi đua', 2000, 100),
  award_forms: lines('Hình thức khen thưởng', 1000, 100),
  dossier_items: lines('Thành phần hồ sơ', 2000, 100),
  deadlines: lines('Thời hạn', 2000, 200),
  assignments: lines('Đơn vị được giao nhiệm vụ', 1000, 200),
  recipients: lines('Nơi nhận', 1000, 200),
  signer_title: optionalLine('Chức vụ người ký', 200),
  signer_name: optionalLine('Họ tên người ký', 200),
  standards: optionalLine('Tiêu chuẩn khen thưởng', 20000),
  _meta: z.object({ text: line('Nội dung văn bản', 400_000) }).describe('Nội dung văn bản'),
})

export const applyPlanBody = z.object({
  issuerId: uuid('Cơ quan ban hành'),
  fileName: requiredText('Tên tệp', 255),
  parsed: parsedPlan,
  parentIds: z.array(uuid('Kế hoạch cấp trên')).max(20, 'Tối đa 20 kế hoạch cấp trên').optional().describe('Kế hoạch cấp trên'),
})

export type ApplyPlanInput = z.output<typeof applyPlanBody>

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })

/** The fields of a parsed decision the registry rows are read from (keys as the parser names them). */
export const parsedDecision = z.object({
  doc_type: z.literal('quyet_dinh', { error: 'chỉ ghi sổ khen thưởng từ văn bản loại «Quyết định»' }).describe('Loại văn bản'),
  number: optionalLine('Số văn bản', 20),
  symbol: optionalLine('Ký hiệu', 200),
  date: partialDate('Ngày ban hành'),
  issuer: optionalLine('Cơ quan ban hành', 500),
  title: optionalLine('Trích yếu', 5000),
  awardees: z
    .array(
      z.object({
        name: line('Tên người, tập thể được khen', 500),
        position: optionalLine('Chức vụ', 500),
        organization: optionalLine('Đơn vị', 1000),
        form: optionalLine('Hình thức khen thưởng', 1000),
      }),
    )
    .max(2000, 'Danh sách khen thưởng: tối đa 2000 người, tập thể')
    .default([])
    .describe('Danh sách khen thưởng'),
  _meta: z
    .object({
      text: line('Nội dung văn bản', 400_000),
      sources: z.object({ awardees: z.array(span).max(2000).optional() }).optional(),
    })
    .describe('Nội dung văn bản'),
})

export const previewDecisionBody = z.object({ parsed: parsedDecision })

const chosenRow = createAwardBody
  .pick({ subjectKind: true, subjectId: true, code: true, name: true, track: true, level: true, year: true, kind: true })
  .extend({ index: z.number({ error: 'phải là số' }).int('phải là số nguyên').min(0, 'không được âm').describe('Số thứ tự trong danh sách') })

export const applyDecisionBody = z.object({
  fileName: requiredText('Tên tệp', 255),
  decision: z
    .object({
      number: optionalText('Số quyết định', 100),
      date: isoDate('Ngày quyết định').nullable().optional(),
      issuer: optionalText('Cơ quan, người quyết định', 300),
    })
    .describe('Quyết định'),
  rows: z
    .array(chosenRow)
    .min(1, 'Danh sách ghi sổ: chọn ít nhất một dòng')
    .max(2000, 'Danh sách ghi sổ: tối đa 2000 dòng')
    .superRefine((rows, ctx) => {
      const seen = new Set<number>()
      rows.forEach((row, i) => {
        if (seen.has(row.index)) ctx.addIssue({ code: 'custom', path: [i, 'index'], message: `dòng ${row.index + 1} của danh sách được chọn hai lần` })
        seen.add(row.index)
      })
    })
    .describe('Danh sách ghi sổ'),
})

export type PreviewDecisionInput = z.output<typeof previewDecisionBody>
export type ApplyDecisionInput = z.output<typeof applyDecisionBody>

/** The fields of a parsed proposal (tờ trình) or achievement report (báo cáo thành tích) the nominations are read from. */
export const parsedNominationSource = z.object({
  doc_type: z.enum(['to_trinh', 'bao_cao'], { error: 'chỉ tạo dự thảo đề nghị khen thưởng từ văn bản loại «Tờ trình» hoặc «Báo cáo» (thành tích)' }).describe('Loại văn bản'),
  date: partialDate('Ngày ban hành'),
  issuer: optionalLine('Cơ quan ban hành', 500),
  title: optionalLine('Trích yếu', 5000),
  awardees: parsedDecision.shape.awardees.describe('Danh sách đề nghị khen thưởng'),
  _meta: parsedDecision.shape._meta,
})

export const previewNominationBody = z.object({ parsed: parsedNominationSource })

const nominationRow = z.object({
  subjectKind,
  subjectId: uuid('Đối tượng đề nghị'),
  target: catalogueCode('Danh hiệu, hình thức đề nghị'),
  achievement: longText('Thành tích', 20_000),
})

export const applyNominationBody = z.object({
  fileName: requiredText('Tên tệp', 255),
  nominatingOrganizationId: uuid('Đơn vị đề nghị'),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  year: yearOf('Năm xét'),
  rows: z.array(nominationRow).min(1, 'Danh sách đề nghị: chọn ít nhất một dòng').max(500, 'Danh sách đề nghị: tối đa 500 dòng').describe('Danh sách đề nghị'),
})

export type PreviewNominationInput = z.output<typeof previewNominationBody>
export type ApplyNominationInput = z.output<typeof applyNominationBody>
