// Request schemas of the registrations API (đăng ký thi đua, bản giao ước thi đua), each field labelled in Vietnamese.
import { z } from 'zod'
import { REGISTRATION_STATUSES } from '../../../shared/registrations.ts'
import { optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'
import { catalogueCode, yearOf } from '../history/history.schemas.ts'

const target = z
  .object({
    code: catalogueCode('Danh hiệu, hình thức đăng ký'),
    scope: z.enum(['unit', 'members'], { error: 'chỉ nhận unit (tập thể đơn vị) hoặc members (cá nhân, thành viên)' }).describe('Đăng ký cho'),
    count: z.number({ error: 'phải là số' }).int('phải là số nguyên').min(1, 'phải ít nhất 1').max(100_000, 'tối đa 100000').describe('Số lượng'),
    people: z.array(requiredText('Họ và tên người đăng ký', 200)).max(1000, 'tối đa 1000 người').default([]).describe('Danh sách cá nhân đăng ký'),
  })
  .refine((t) => t.scope === 'members' || (t.count === 1 && t.people.length === 0), { path: ['count'], message: 'đăng ký cho tập thể đơn vị thì số lượng là 1, không kèm danh sách cá nhân' })
  .refine((t) => t.people.length <= t.count, { path: ['people'], message: 'số người nêu tên không được nhiều hơn số lượng' })
  .describe('Danh hiệu, hình thức đăng ký')

const targets = z
  .array(target)
  .max(100, 'tối đa 100 danh hiệu, hình thức')
  .refine((ts) => new Set(ts.map((t) => `${t.scope}:${t.code}`)).size === ts.length, 'một danh hiệu được đăng ký hai lần cho cùng đối tượng')
  .describe('Danh hiệu, hình thức đăng ký')

const commitments = z.array(requiredText('Nội dung cam kết', 2000)).max(50, 'tối đa 50 nội dung cam kết').describe('Nội dung cam kết')

export const createRegistrationBody = z.object({
  organizationId: uuid('Đơn vị đăng ký'),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  year: yearOf('Năm thi đua'),
  targets: targets.default([]),
  commitments: commitments.default([]),
})

export const updateRegistrationBody = z.object({ version, targets: targets.optional(), commitments: commitments.optional() })

export const versionBody = z.object({ version })

export const returnRegistrationBody = z.object({ version, reason: requiredText('Lý do trả lại', 2000) })

export const consolidateBody = z.object({
  organizationId: uuid('Cấp tổng hợp'),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  year: yearOf('Năm thi đua'),
})

const yearQuery = z.coerce.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'phải từ năm 1945').max(2100, 'phải trước năm 2100')

export const listRegistrationsQuery = z.object({
  campaignId: uuid('Kế hoạch thi đua').optional(),
  year: yearQuery.optional().describe('Năm thi đua'),
  status: z.enum(REGISTRATION_STATUSES, { error: `chỉ nhận một trong ${REGISTRATION_STATUSES.join(', ')}` }).optional().describe('Trạng thái'),
  ...pageQuery,
})

/** A campaign, or a year (then the units directly under the caller's level). */
export const missingQuery = z
  .object({ campaignId: uuid('Kế hoạch thi đua').optional(), year: yearQuery.optional().describe('Năm thi đua') })
  .refine((q) => q.campaignId !== undefined || q.year !== undefined, { path: ['year'], message: 'chọn kế hoạch thi đua hoặc năm' })

export const remindBody = z.object({
  organizationId: uuid('Đơn vị được nhắc'),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  year: yearOf('Năm thi đua'),
  note: optionalText('Lời nhắc', 500),
})

const format = z.enum(['docx', 'pdf'], { error: 'chỉ nhận docx hoặc pdf' }).default('docx').describe('Định dạng')

export const documentQuery = z.object({ format })

export const pledgeQuery = z.object({
  clusterId: uuid('Cụm, khối thi đua'),
  campaignId: uuid('Kế hoạch thi đua').optional(),
  year: yearQuery.describe('Năm thi đua'),
  format,
})

export type CreateRegistrationInput = z.output<typeof createRegistrationBody>
export type UpdateRegistrationInput = z.output<typeof updateRegistrationBody>
export type ListRegistrationsQuery = z.output<typeof listRegistrationsQuery>
export type MissingQuery = z.output<typeof missingQuery>
export type RemindInput = z.output<typeof remindBody>
export type ConsolidateInput = z.output<typeof consolidateBody>
