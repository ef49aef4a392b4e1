// Request schemas of the events API (lễ phát động thi đua, hội nghị tuyên dương điển hình tiên tiến), each field
// labelled in Vietnamese.
import { z } from 'zod'
import { ATTENDEE_ROLES, BUDGET_CATEGORIES, EVENT_KINDS, EVENT_STATUSES, PLEDGE_ROLES } from '../../../shared/events.ts'
import { idParams, isoDate, optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'

const kind = z.enum(EVENT_KINDS, { error: 'chỉ nhận launch_ceremony (lễ phát động) hoặc honouring_conference (hội nghị tuyên dương)' }).describe('Loại sự kiện')
const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'phải có dạng GG:PP, ví dụ 07:30').nullable().optional().describe('Giờ bắt đầu')
const count = (label: string, max: number) => z.number({ error: 'phải là số' }).int('phải là số nguyên').min(1, 'phải ít nhất 1').max(max, `tối đa ${max}`).describe(label)
const delegateCap = count('Số đại biểu tối đa', 100_000).nullable().optional()
const chairLimit = count('Số người chủ trì tối đa', 100).nullable().optional()
const commitments = z.array(requiredText('Nội dung cam kết', 2000)).max(50, 'tối đa 50 nội dung').describe('Nội dung cam kết')

export const createEventBody = z.object({
  kind,
  organizationId: uuid('Đơn vị tổ chức'),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  title: requiredText('Tên sự kiện', 1000),
  eventDate: isoDate('Ngày tổ chức'),
  startTime,
  venue: optionalText('Địa điểm', 500),
  /** Absent: the standard value of the kind (002: 150 delegates, 3 chairs); null: no cap. */
  delegateCap,
  chairLimit,
  /** Start from the standard groups and programme of the kind (or the plan's ceremony section). */
  useTemplate: z.boolean({ error: 'phải là true hoặc false' }).default(true).describe('Dùng chương trình mẫu'),
})

export const updateEventBody = z.object({
  version,
  title: requiredText('Tên sự kiện', 1000).optional(),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  eventDate: isoDate('Ngày tổ chức').optional(),
  startTime,
  venue: optionalText('Địa điểm', 500),
  delegateCap,
  chairLimit,
  pledgeCommitments: commitments.optional(),
})

export const versionBody = z.object({ version })
export const versionQuery = z.object({ version: z.coerce.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().positive().describe('Phiên bản dữ liệu') })

export const listEventsQuery = z.object({
  kind: kind.optional(),
  status: z.enum(EVENT_STATUSES, { error: `chỉ nhận một trong ${EVENT_STATUSES.join(', ')}` }).optional().describe('Trạng thái'),
  year: z.coerce.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'phải từ năm 1945').max(2100, 'phải trước năm 2100').optional().describe('Năm'),
  campaignId: uuid('Kế hoạch thi đua').optional(),
  ...pageQuery,
})

export const groupsBody = z.object({
  version,
  groups: z
    .array(z.object({
      id: uuid('Mã thành phần').optional(),
      name: requiredText('Tên thành phần', 1000),
      plannedCount: z.number({ error: 'phải là số' }).int('phải là số nguyên').min(0, 'không được âm').max(100_000, 'tối đa 100000').nullable().optional().describe('Số lượng dự kiến'),
    }))
    .max(50, 'tối đa 50 thành phần')
    .describe('Cơ cấu thành phần đại biểu'),
})

export const programmeBody = z.object({
  version,
  items: z
    .array(z
      .object({
        title: requiredText('Nội dung chương trình', 1000),
        speakerAttendeeId: uuid('Người thực hiện (đại biểu)').nullable().optional(),
        speakerText: optionalText('Người thực hiện', 500),
        durationMinutes: count('Thời lượng (phút)', 600).nullable().optional(),
      })
      .refine((i) => !(i.speakerAttendeeId && i.speakerText), { path: ['speakerText'], message: 'chọn một đại biểu hoặc ghi tên người thực hiện, không cả hai' }))
    .max(50, 'tối đa 50 mục')
    .describe('Chương trình'),
})

const role = z.enum(ATTENDEE_ROLES, { error: `chỉ nhận một trong ${ATTENDEE_ROLES.join(', ')}` }).describe('Vai trò')
const seat = optionalText('Chỗ ngồi', 100)

export const addAttendeeBody = z
  .object({
    personId: uuid('Cá nhân').nullable().optional(),
    fullName: optionalText('Họ và tên', 300),
    position: optionalText('Chức vụ', 500),
    unitName: optionalText('Đơn vị', 500),
    groupId: uuid('Thành phần').nullable().optional(),
    role: role.default('delegate'),
    seat,
  })
  .refine((a) => a.personId || a.fullName, { path: ['fullName'], message: 'chọn một cá nhân trong danh sách hoặc nhập họ và tên' })

export const updateAttendeeBody = z.object({
  version,
  fullName: requiredText('Họ và tên', 300).optional(),
  position: optionalText('Chức vụ', 500),
  unitName: optionalText('Đơn vị', 500),
  groupId: uuid('Thành phần').nullable().optional(),
  role: role.optional(),
  seat,
  /** Checked on the day: true present, false absent. */
  attended: z.boolean({ error: 'phải là true hoặc false' }).optional().describe('Có mặt'),
})

export const attendeeParams = z.object({ id: uuid('Mã sự kiện'), attendeeId: uuid('Mã đại biểu') })
export const signerParams = z.object({ id: uuid('Mã sự kiện'), signerId: uuid('Mã người ký') })
export const honoureeParams = z.object({ id: uuid('Mã sự kiện'), honoureeId: uuid('Mã người được tuyên dương') })

export const addSignerBody = z.object({
  attendeeId: uuid('Đại biểu ký'),
  role: z.enum(PLEDGE_ROLES, { error: 'chỉ nhận signer (ký cam kết) hoặc witness (chứng kiến)' }).default('signer').describe('Vai trò khi ký'),
  organizationId: uuid('Đơn vị ký cam kết').nullable().optional(),
  unitName: optionalText('Đơn vị ký cam kết', 500),
})

export const addHonoureesBody = z.object({
  decisionId: uuid('Quyết định khen thưởng'),
  nominationIds: z.array(uuid('Dòng quyết định')).min(1, 'chọn ít nhất một người').max(500, 'tối đa 500 dòng').describe('Các dòng của quyết định'),
  groupId: uuid('Thành phần').nullable().optional(),
})

/** Whole VND up to 10 billion, so that quantity × unit price stays an exact number. */
const money = (label: string) => z.number({ error: 'phải là số tiền (đồng)' }).int('phải là số nguyên (đồng)').min(0, 'không được âm').max(10_000_000_000, 'tối đa 10 tỷ đồng').describe(label)

export const budgetBody = z.object({
  version,
  lines: z
    .array(z.object({
      item: requiredText('Nội dung chi', 500),
      unit: optionalText('Đơn vị tính', 50),
      quantity: count('Số lượng', 100_000),
      unitPrice: money('Đơn giá'),
      category: z.enum(BUDGET_CATEGORIES, { error: `chỉ nhận một trong ${BUDGET_CATEGORIES.join(', ')}` }).default('movement').describe('Loại chi'),
    }))
    .max(100, 'tối đa 100 dòng')
    .describe('Dự toán kinh phí'),
})

export const settlementBody = z.object({
  version,
  occurredOn: isoDate('Ngày chi').optional(),
  actuals: z
    .array(z.object({ lineId: uuid('Dòng dự toán'), actualAmount: money('Số tiền thực chi') }))
    .min(1, 'nhập số thực chi của ít nhất một dòng')
    .max(100, 'tối đa 100 dòng')
    .describe('Số thực chi'),
})

export const EVENT_DOCUMENTS = ['invitations', 'programme', 'attendees', 'pledge', 'estimate', 'settlement'] as const
export type EventDocument = (typeof EVENT_DOCUMENTS)[number]

export const documentParams = z.object({
  id: uuid('Mã sự kiện'),
  document: z.enum(EVENT_DOCUMENTS, { error: `chỉ nhận một trong ${EVENT_DOCUMENTS.join(', ')}` }).describe('Tài liệu'),
})

export const documentQuery = z.object({
  format: z.enum(['docx', 'pdf', 'xlsx'], { error: 'chỉ nhận docx, pdf hoặc xlsx' }).default('docx').describe('Định dạng'),
  /** Invitations: one invitee alone. */
  attendeeId: uuid('Đại biểu được mời').optional(),
})

export { idParams }

export type CreateEventInput = z.output<typeof createEventBody>
export type UpdateEventInput = z.output<typeof updateEventBody>
export type ListEventsQuery = z.output<typeof listEventsQuery>
export type GroupsInput = z.output<typeof groupsBody>
export type ProgrammeInput = z.output<typeof programmeBody>
export type AddAttendeeInput = z.output<typeof addAttendeeBody>
export type UpdateAttendeeInput = z.output<typeof updateAttendeeBody>
export type AddSignerInput = z.output<typeof addSignerBody>
export type AddHonoureesInput = z.output<typeof addHonoureesBody>
export type BudgetInput = z.output<typeof budgetBody>
export type SettlementInput = z.output<typeof settlementBody>
