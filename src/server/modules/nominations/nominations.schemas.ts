// Request schemas of the nominations API (đề nghị khen thưởng), each field labelled in Vietnamese.
import { z } from 'zod'
import { COMMENDATION_KINDS } from '../../../rules/types.ts'
import { NOMINATION_STATUSES } from '../../../shared/nomination-lifecycle.ts'
import { DOSSIER_PART_KEYS, GENERATED_PARTS, type SimplifiedCase } from '../../../shared/nomination-dossier.ts'
import { isoDate, optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'
import { catalogueCode, subjectKind, yearOf } from '../history/history.schemas.ts'

const keysOf = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

/** Paragraphs kept (a report has several), each line trimmed, no more than one blank line in a row. */
export const longText = (label: string, max: number) =>
  z
    .string({ error: 'không được để trống' })
    .transform((s) => s.normalize('NFC').split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim())
    .pipe(z.string().min(1, 'không được để trống').max(max, `tối đa ${max} ký tự`))
    .describe(label)

const count = (label: string) => z.number({ error: 'phải là số' }).int('phải là số nguyên').min(0, 'không được âm').describe(label)

export const commendationKind = z
  .enum(keysOf(COMMENDATION_KINDS), { error: `chỉ nhận một trong: ${Object.keys(COMMENDATION_KINDS).join(', ')}` })
  .describe('Loại hình khen thưởng')

const simplifiedCase = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], { error: 'chỉ nhận 1, 2, 3, 4 hoặc 5 (năm trường hợp của thủ tục đơn giản)' })
  .describe('Trường hợp áp dụng thủ tục đơn giản')

/** The unit's review meeting (họp xét): its minutes are a part of the dossier. */
export const reviewMeeting = z
  .object({
    date: isoDate('Ngày họp xét'),
    place: requiredText('Địa điểm họp xét', 300),
    chair: requiredText('Người chủ trì', 200),
    secretary: requiredText('Thư ký', 200),
    members: count('Tổng số thành viên').pipe(z.number().min(1, 'phải ít nhất 1')),
    present: count('Số thành viên dự họp'),
    inFavour: count('Số thành viên đồng ý'),
  })
  .refine((m) => m.present <= m.members, { path: ['present'], message: 'không được lớn hơn tổng số thành viên' })
  .refine((m) => m.inFavour <= m.members, { path: ['inFavour'], message: 'không được lớn hơn tổng số thành viên' })
  .describe('Cuộc họp xét của đơn vị')

const simplifiedRule = <T extends { simplified?: boolean | undefined; simplifiedCase?: SimplifiedCase | null | undefined }>(body: T, ctx: z.RefinementCtx) => {
  if (body.simplified === true && (body.simplifiedCase === undefined || body.simplifiedCase === null)) {
    ctx.addIssue({ code: 'custom', path: ['simplifiedCase'], message: 'chọn một trong năm trường hợp (Luật TĐKT 2022, Điều 85)' })
  }
  if (body.simplified !== true && body.simplifiedCase !== undefined && body.simplifiedCase !== null) {
    ctx.addIssue({ code: 'custom', path: ['simplified'], message: 'chỉ chọn trường hợp khi áp dụng thủ tục đơn giản (simplified: true)' })
  }
}

export const createNominationBody = z
  .object({
    campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
    year: yearOf('Năm xét'),
    nominatingOrganizationId: uuid('Đơn vị đề nghị'),
    subjectKind,
    subjectId: uuid('Đối tượng đề nghị'),
    target: catalogueCode('Danh hiệu, hình thức đề nghị'),
    kind: commendationKind.optional(),
    achievement: longText('Thành tích', 20_000),
    simplified: z.boolean({ error: 'phải là true hoặc false' }).optional().describe('Thủ tục đơn giản'),
    simplifiedCase: simplifiedCase.nullable().optional(),
    decisionDate: isoDate('Ngày dự kiến quyết định').optional(),
    decidingOrganizationId: uuid('Cấp quyết định').optional(),
    reviewMeeting: reviewMeeting.nullable().optional(),
  })
  .superRefine(simplifiedRule)

export const updateNominationBody = z
  .object({
    version,
    target: catalogueCode('Danh hiệu, hình thức đề nghị').optional(),
    kind: commendationKind.optional(),
    achievement: longText('Thành tích', 20_000).optional(),
    simplified: z.boolean({ error: 'phải là true hoặc false' }).optional().describe('Thủ tục đơn giản'),
    simplifiedCase: simplifiedCase.nullable().optional(),
    decisionDate: isoDate('Ngày dự kiến quyết định').optional(),
    /** null: back to the first level that may confer the target. */
    decidingOrganizationId: uuid('Cấp quyết định').nullable().optional(),
    reviewMeeting: reviewMeeting.nullable().optional(),
  })
  .superRefine(simplifiedRule)

export const listNominationsQuery = z.object({
  campaignId: uuid('Kế hoạch thi đua').optional(),
  status: z.enum(NOMINATION_STATUSES, { error: `chỉ nhận một trong ${NOMINATION_STATUSES.join(', ')}` }).optional().describe('Trạng thái'),
  organizationId: uuid('Đơn vị đề nghị (gồm đơn vị trực thuộc)').optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional().describe('Năm xét'),
  target: catalogueCode('Danh hiệu, hình thức').optional(),
  batchId: uuid('Tờ trình').optional(),
  q: z.string().max(200).optional().describe('Tìm theo tên đối tượng (không cần dấu)'),
  ...pageQuery,
})

export const submitBody = z
  .object({
    ids: z.array(uuid('Đề nghị')).min(1, 'Chọn ít nhất một đề nghị').max(500, 'Tối đa 500 đề nghị một tờ trình').describe('Các đề nghị trình'),
    versions: z.record(z.string(), version).describe('Phiên bản của từng đề nghị'),
  })
  .superRefine((body, ctx) => {
    if (new Set(body.ids).size !== body.ids.length) ctx.addIssue({ code: 'custom', path: ['ids'], message: 'một đề nghị được chọn hai lần' })
    body.ids.forEach((id, i) => {
      if (body.versions[id] === undefined) ctx.addIssue({ code: 'custom', path: ['versions', id], message: `thiếu phiên bản của đề nghị thứ ${i + 1}` })
    })
  })

export const returnBody = z.object({ version, reason: longText('Lý do trả lại', 2000) })

export const checkBody = z.object({
  version,
  to: z.enum(['checked', 'to_council'], { error: 'chỉ nhận checked (đã kiểm tra hồ sơ) hoặc to_council (trình Hội đồng)' }).describe('Chuyển sang'),
  note: optionalText('Ghi chú', 2000),
})

export const overrideDeadlineBody = z.object({ version, reason: longText('Lý do cho phép nộp muộn', 2000) })

export const versionBody = z.object({ version })

export const uploadQuery = z.object({
  part: z.enum(DOSSIER_PART_KEYS, { error: `chỉ nhận một trong: ${DOSSIER_PART_KEYS.join(', ')}` }).describe('Thành phần hồ sơ'),
})

const FILE_PATTERN = new RegExp(`^(${GENERATED_PARTS.join('|')})\\.(docx|pdf)$`)

export const dossierFileParams = z.object({
  id: uuid('Mã đề nghị'),
  file: z
    .string()
    .regex(FILE_PATTERN, `chỉ nhận ${GENERATED_PARTS.map((p) => `${p}.docx`).join(', ')} (hoặc .pdf)`)
    .transform((file) => {
      const [, part, format] = FILE_PATTERN.exec(file)!
      return { part: part as (typeof GENERATED_PARTS)[number], format: format as 'docx' | 'pdf' }
    })
    .describe('Thành phần hồ sơ'),
})

export const documentParams = z.object({ id: uuid('Mã đề nghị'), documentId: uuid('Mã tệp') })

export type CreateNominationInput = z.output<typeof createNominationBody>
export type UpdateNominationInput = z.output<typeof updateNominationBody>
export type ListNominationsQuery = z.output<typeof listNominationsQuery>
export type SubmitInput = z.output<typeof submitBody>
export type ReviewMeeting = z.output<typeof reviewMeeting>
