// Request schemas of the honour board API (bảng vinh danh: gương điển hình), each field labelled in Vietnamese.
import { z } from 'zod'
import { optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'
import { yearOf } from '../history/history.schemas.ts'
import { longText } from '../nominations/nominations.schemas.ts'
import { EXEMPLAR_KIND_KEYS, EXEMPLAR_STATUS_KEYS, EXEMPLAR_SUBJECT_KIND_KEYS } from './exemplar-kinds.ts'

const kind = z.enum(EXEMPLAR_KIND_KEYS, { error: `chỉ nhận một trong: ${EXEMPLAR_KIND_KEYS.join(', ')}` }).describe('Loại gương')
const yearQuery = z.coerce.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'phải từ năm 1945').max(2100, 'phải trước năm 2100').describe('Năm')

/** What the officer writes about an exemplar (the whole content: the form sends it all). */
const contentShape = {
  kind,
  subjectKind: z.enum(EXEMPLAR_SUBJECT_KIND_KEYS, { error: `chỉ nhận một trong: ${EXEMPLAR_SUBJECT_KIND_KEYS.join(', ')}` }).describe('Đối tượng'),
  subjectId: uuid('Cá nhân, tập thể, hộ được vinh danh').nullable().optional(),
  subjectName: optionalText('Tên người, tập thể được vinh danh', 200),
  subjectUnit: optionalText('Đơn vị, nơi sinh sống', 300),
  title: requiredText('Tiêu đề', 300),
  summary: longText('Tóm tắt', 1000),
  story: longText('Câu chuyện', 20_000),
  year: yearOf('Năm'),
  decisionId: uuid('Quyết định khen thưởng').nullable().optional(),
  awardRecordIds: z.array(uuid('Khen thưởng trong sổ')).max(30, 'tối đa 30 khen thưởng').default([]).describe('Khen thưởng trong sổ'),
}

type ContentOutput = z.output<z.ZodObject<typeof contentShape>>

/** A name typed for someone outside the registry, or a subject chosen from it — never both. */
function checkSubject(body: ContentOutput, ctx: z.RefinementCtx): void {
  if (body.subjectKind === 'named') {
    if (!body.subjectName) ctx.addIssue({ code: 'custom', path: ['subjectName'], message: 'hãy nhập tên người, tập thể được vinh danh' })
    if (body.subjectId) ctx.addIssue({ code: 'custom', path: ['subjectId'], message: 'người nhập tên không chọn từ danh sách; hãy chọn đối tượng cá nhân, tập thể hoặc hộ gia đình' })
    if (body.awardRecordIds.length) ctx.addIssue({ code: 'custom', path: ['awardRecordIds'], message: 'chỉ gắn được khen thưởng trong sổ cho cá nhân, tập thể, hộ có trong danh sách' })
  } else {
    if (!body.subjectId) ctx.addIssue({ code: 'custom', path: ['subjectId'], message: 'hãy chọn cá nhân, tập thể hoặc hộ được vinh danh' })
    if (body.subjectUnit) ctx.addIssue({ code: 'custom', path: ['subjectUnit'], message: 'đơn vị lấy theo danh sách; chỉ nhập khi vinh danh người ngoài danh sách' })
  }
  if (new Set(body.awardRecordIds).size !== body.awardRecordIds.length) ctx.addIssue({ code: 'custom', path: ['awardRecordIds'], message: 'một khen thưởng được chọn hai lần' })
}

export const createExemplarBody = z.object({ organizationId: uuid('Đơn vị đăng'), ...contentShape }).superRefine(checkSubject)

export const updateExemplarBody = z.object({ version, ...contentShape }).superRefine(checkSubject)

export const versionBody = z.object({ version })

export const withdrawExemplarBody = z.object({ version, reason: requiredText('Lý do gỡ', 1000) })

/** The version goes in the query of an upload (the body is the file) and of a removal. */
export const photoVersionQuery = z.object({
  version: z.coerce.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int('phải là số nguyên').positive('phải là số dương').describe('Phiên bản dữ liệu'),
})

export const listExemplarsQuery = z.object({
  status: z.enum(EXEMPLAR_STATUS_KEYS, { error: `chỉ nhận một trong: ${EXEMPLAR_STATUS_KEYS.join(', ')}` }).optional().describe('Trạng thái'),
  kind: kind.optional(),
  year: yearQuery.optional(),
  q: z.string().trim().max(200, 'tối đa 200 ký tự').optional().describe('Tìm theo tên, tiêu đề'),
  ...pageQuery,
})

/** The public board: by kind and year, searched without diacritics; a deployment serving several provinces picks one by its code. */
export const publicHonoursQuery = z.object({
  kind: kind.optional(),
  year: yearQuery.optional(),
  q: z.string().trim().max(100, 'tối đa 100 ký tự').optional().describe('Tìm kiếm'),
  province: z.string().trim().max(20, 'tối đa 20 ký tự').optional().describe('Mã tỉnh'),
  page: pageQuery.page,
  pageSize: z.coerce.number().int().min(1).max(48, 'tối đa 48 gương mỗi trang').default(12).describe('Số gương mỗi trang'),
})

export type ExemplarContent = ContentOutput
export type CreateExemplarInput = z.output<typeof createExemplarBody>
export type UpdateExemplarInput = z.output<typeof updateExemplarBody>
export type ListExemplarsQuery = z.output<typeof listExemplarsQuery>
export type PublicHonoursQuery = z.output<typeof publicHonoursQuery>
