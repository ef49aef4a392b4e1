import { z } from 'zod'
import { planContent } from '../../../shared/campaign-plan.ts'
import { isoDate, pageQuery, uuid, version } from '../../../shared/schemas.ts'
import { CAMPAIGN_STATUSES, TRANSITION_TARGETS } from './campaign-lifecycle.ts'

const parentIds = z.array(uuid('Kế hoạch cấp trên')).max(20, 'Tối đa 20 kế hoạch cấp trên').describe('Kế hoạch cấp trên')
const addresseeIds = z.array(uuid('Đơn vị nhận kế hoạch')).max(2000, 'Tối đa 2000 đơn vị nhận').describe('Đơn vị nhận kế hoạch')
const number = z
  .string()
  .regex(/^\s*0*[1-9][0-9]{0,5}\s*$/, 'Số văn bản chỉ gồm chữ số, ví dụ 141')
  .transform((s) => Number(s.trim()))
  .describe('Số văn bản')

export const listCampaignsQuery = z.object({
  status: z.enum(CAMPAIGN_STATUSES, { error: `chỉ nhận một trong ${CAMPAIGN_STATUSES.join(', ')}` }).optional().describe('Trạng thái'),
  q: z.string().max(200).optional().describe('Tìm theo trích yếu hoặc số, ký hiệu (không cần dấu)'),
  issuerId: uuid('Cơ quan ban hành').optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Năm'),
  ...pageQuery,
})

export const createCampaignBody = z.object({
  issuerId: uuid('Cơ quan ban hành'),
  content: planContent,
  parentIds: parentIds.optional(),
  addresseeIds: addresseeIds.optional(),
})

export const updateCampaignBody = z.object({ version, content: planContent, parentIds, addresseeIds })

export const issueCampaignBody = z.object({
  version,
  issuedOn: isoDate('Ngày ban hành'),
  number: number.optional(),
})

export const transitionCampaignBody = z.object({
  version,
  to: z.enum(TRANSITION_TARGETS, { error: 'chỉ nhận running, reviewed hoặc closed' }).describe('Trạng thái mới'),
})

export const answerCampaignBody = z.object({ organizationId: uuid('Đơn vị xây dựng kế hoạch triển khai') })

export const eventDateParams = z.object({
  id: uuid('Mã kế hoạch'),
  eventId: z.string().min(1).max(64).describe('Mã sự kiện'),
})

export const eventDateBody = z.object({ date: isoDate('Ngày diễn ra sự kiện').nullable() })

export const calendarQuery = z
  .object({
    from: isoDate('Từ ngày').optional(),
    to: isoDate('Đến ngày').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Đến ngày phải sau từ ngày' })

export const previewBody = z.object({
  issuerId: uuid('Cơ quan ban hành'),
  content: planContent,
  number: number.nullable().optional(),
  date: isoDate('Ngày ban hành').nullable().optional(),
})

export const registersQuery = z.object({
  issuerId: uuid('Cơ quan ban hành'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Năm'),
})

export const registerSettingsBody = z
  .object({
    issuerId: uuid('Cơ quan ban hành'),
    period: z.enum(['year', 'term'], { error: 'chỉ nhận year (theo năm) hoặc term (theo nhiệm kỳ)' }).describe('Sổ đăng ký đánh số lại theo'),
    termLabel: z.string().regex(/^\d{4}-\d{4}$/, 'Nhiệm kỳ viết dạng 2025-2030').nullable().optional().describe('Nhiệm kỳ'),
  })
  .refine((s) => s.period === 'year' || !!s.termLabel, { path: ['termLabel'], message: 'Nhiệm kỳ là bắt buộc khi đánh số theo nhiệm kỳ' })

export type ListCampaignsQuery = z.output<typeof listCampaignsQuery>
export type CreateCampaignInput = z.output<typeof createCampaignBody>
export type UpdateCampaignInput = z.output<typeof updateCampaignBody>
export type IssueCampaignInput = z.output<typeof issueCampaignBody>
export type TransitionCampaignInput = z.output<typeof transitionCampaignBody>
export type CalendarQuery = z.output<typeof calendarQuery>
export type PreviewInput = z.output<typeof previewBody>
export type RegisterSettingsInput = z.output<typeof registerSettingsBody>
