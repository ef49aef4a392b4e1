// Request schemas of the proposals to the level above (tờ trình đề nghị cấp trên khen thưởng), each field labelled in Vietnamese.
import { z } from 'zod'
import { isoDate, optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'
import { PROPOSAL_STATUSES } from './proposals.repository.ts'

const nominationIds = z
  .array(uuid('Đề nghị'))
  .min(1, 'Chọn ít nhất một đề nghị')
  .max(500, 'Tối đa 500 đề nghị một tờ trình')
  .refine((ids) => new Set(ids).size === ids.length, 'một đề nghị được chọn hai lần')
  .describe('Các đề nghị trình cấp trên')

/** null: a body outside tdkt, named in toName. */
const toOrganizationId = uuid('Cơ quan nhận (cấp trên trong hệ thống)').nullable().optional()

export const createProposalBody = z.object({
  nominationIds,
  toOrganizationId,
  toName: optionalText('Tên cơ quan, người nhận', 300),
  title: optionalText('Trích yếu', 500),
})

export const updateProposalBody = z.object({
  version,
  nominationIds: nominationIds.optional(),
  toOrganizationId,
  toName: optionalText('Tên cơ quan, người nhận', 300),
  title: optionalText('Trích yếu', 500),
})

export const versionBody = z.object({ version })

export const decidedAnswer = z.object({
  nominationId: uuid('Đề nghị'),
  outcome: z.literal('decided'),
  decisionNumber: requiredText('Số quyết định', 100),
  decisionDate: isoDate('Ngày quyết định'),
  decisionIssuer: requiredText('Cơ quan, người quyết định', 300),
})

const refusedAnswer = z.object({
  nominationId: uuid('Đề nghị'),
  outcome: z.literal('refused'),
  reason: requiredText('Lý do không khen thưởng', 2000),
})

export const answerBody = z.object({
  version,
  items: z
    .array(z.discriminatedUnion('outcome', [decidedAnswer, refusedAnswer], { error: 'chỉ nhận outcome decided (có quyết định) hoặc refused (không khen thưởng)' }))
    .min(1, 'Nhập kết quả của ít nhất một đề nghị')
    .refine((items) => new Set(items.map((i) => i.nominationId)).size === items.length, 'một đề nghị được trả lời hai lần')
    .describe('Kết quả từng đề nghị'),
  note: optionalText('Ghi chú trả lời của cấp trên', 2000),
})

export const listProposalsQuery = z.object({
  direction: z.enum(['outgoing', 'incoming'], { error: 'chỉ nhận outgoing (đã trình) hoặc incoming (nhận từ cấp dưới)' }).default('outgoing').describe('Chiều'),
  status: z.enum(PROPOSAL_STATUSES, { error: `chỉ nhận một trong ${PROPOSAL_STATUSES.join(', ')}` }).optional().describe('Trạng thái'),
  ...pageQuery,
})

export type CreateProposalInput = z.output<typeof createProposalBody>
export type UpdateProposalInput = z.output<typeof updateProposalBody>
export type AnswerInput = z.output<typeof answerBody>
export type ListProposalsQuery = z.output<typeof listProposalsQuery>
