// Request schemas of the award decisions API (quyết định khen thưởng), each field labelled in Vietnamese.
import { z } from 'zod'
import { isoDate, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'
import { yearOf } from '../history/history.schemas.ts'
import { SIGNING_FORMS } from './decisions.repository.ts'

const signingForm = z
  .enum(SIGNING_FORMS, { error: 'chỉ nhận TM (thay mặt), KT (ký thay), Q (quyền), TL (thừa lệnh), TUQ (thừa ủy quyền) hoặc none (ký trực tiếp)' })
  .describe('Thẩm quyền ký')

const signerName = z
  .string({ error: 'Họ tên người ký phải là chuỗi ký tự' })
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(200, 'Họ tên người ký tối đa 200 ký tự'))
  .describe('Họ tên người ký')

const bases = z.array(requiredText('Căn cứ', 1000), { error: 'Căn cứ phải là danh sách' }).max(30, 'tối đa 30 căn cứ').describe('Căn cứ ban hành')

const nominationIds = z
  .array(uuid('Đề nghị khen thưởng'), { error: 'Danh sách đề nghị phải là danh sách' })
  .min(1, 'chọn ít nhất một đề nghị đã được Hội đồng thông qua')
  .max(2000, 'tối đa 2.000 trường hợp mỗi quyết định')
  .refine((ids) => new Set(ids).size === ids.length, 'một đề nghị chỉ có một dòng trong danh sách')
  .describe('Danh sách kèm theo (các đề nghị, theo thứ tự)')

export const createDecisionBody = z.object({
  organizationId: uuid('Cơ quan quyết định'),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  year: yearOf('Năm thành tích').optional(),
  title: requiredText('Trích yếu', 500).optional(),
  bases: bases.optional(),
  decisionDate: isoDate('Ngày quyết định'),
  signingForm: signingForm.optional(),
  signerName: signerName.optional(),
  signerTitle: requiredText('Chức vụ người ký', 200).optional(),
  nominationIds,
})
export type CreateDecisionInput = z.output<typeof createDecisionBody>

export const updateDecisionBody = z.object({
  version,
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  year: yearOf('Năm thành tích').optional(),
  title: requiredText('Trích yếu', 500).optional(),
  bases: bases.optional(),
  decisionDate: isoDate('Ngày quyết định').optional(),
  signingForm: signingForm.optional(),
  signerName: signerName.optional(),
  signerTitle: requiredText('Chức vụ người ký', 200).optional(),
  nominationIds: nominationIds.optional(),
})
export type UpdateDecisionInput = z.output<typeof updateDecisionBody>

export const versionBody = z.object({ version })

export const listDecisionsQuery = z.object({
  status: z.enum(['draft', 'issued'], { error: 'chỉ nhận draft hoặc issued' }).optional().describe('Trạng thái'),
  year: z.coerce.number().int().min(1945).max(2100).optional().describe('Năm'),
  q: z.string().trim().max(200).optional().describe('Tìm theo trích yếu hoặc số'),
  ...pageQuery,
})

export const candidatesQuery = z.object({
  organizationId: uuid('Cơ quan quyết định'),
  campaignId: uuid('Kế hoạch thi đua').optional(),
  decisionDate: isoDate('Ngày quyết định').optional(),
})

/** The decision with its list as annex (Word, PDF), and the list alone as a spreadsheet. */
export const DECISION_FILES = {
  'quyet-dinh.docx': { part: 'decision', format: 'docx' },
  'quyet-dinh.pdf': { part: 'decision', format: 'pdf' },
  'danh-sach.xlsx': { part: 'annex', format: 'xlsx' },
} as const
export type DecisionFile = keyof typeof DECISION_FILES

export const fileParams = z.object({
  id: uuid('Mã quyết định'),
  file: z.enum(Object.keys(DECISION_FILES) as [DecisionFile, ...DecisionFile[]], { error: `chỉ nhận ${Object.keys(DECISION_FILES).join(', ')}` }).describe('Tệp'),
})
