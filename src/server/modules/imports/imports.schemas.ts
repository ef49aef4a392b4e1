// Requests of the import area: a parsed document sent back (as the parser gave it, possibly edited by
// the officer) to become a draft. Bounds here only keep a request sane; what a plan cannot hold is
// dropped or replaced by the mapping, with warnings.
import { z } from 'zod'
import { requiredText, uuid } from '../../../shared/schemas.ts'

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
