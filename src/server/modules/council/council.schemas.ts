// Request schemas of the council API (Hội đồng Thi đua – Khen thưởng), each field labelled in Vietnamese.
import { z } from 'zod'
import { BALLOT_CHOICES, COUNCIL_ROLES, DEFAULT_MAJORITY_SHARE, DEFAULT_QUORUM_SHARE } from '../../../shared/council-rules.ts'
import { isoDate, optionalText, requiredText, uuid, version } from '../../../shared/schemas.ts'

/** A share stored to four decimals (numeric(5, 4)). */
const share = (label: string, min: number, max: number, minText: string, maxText: string) =>
  z
    .number({ error: `${label} phải là số (tỷ lệ, ví dụ 0,6667)` })
    .min(min, minText)
    .max(max, maxText)
    .transform((n) => Math.round(n * 10000) / 10000)
    .describe(label)

const quorumShare = share('Tỷ lệ thành viên dự họp tối thiểu', 0.0001, 1, 'phải lớn hơn 0', 'không được lớn hơn 1 (100%)')
const majorityShare = share('Tỷ lệ biểu quyết theo quy chế', 0.5, 0.9999, 'không được nhỏ hơn 0,5 (quá nửa)', 'phải nhỏ hơn 1')

export const councilQuery = z.object({ organizationId: uuid('Đơn vị').optional() })

export const createCouncilBody = z.object({
  organizationId: uuid('Đơn vị thành lập Hội đồng'),
  name: requiredText('Tên Hội đồng', 300),
  establishedBy: optionalText('Quyết định thành lập', 500),
  quorumShare: quorumShare.default(DEFAULT_QUORUM_SHARE),
  majorityShare: majorityShare.default(DEFAULT_MAJORITY_SHARE),
})

export const updateCouncilBody = z.object({
  version,
  name: requiredText('Tên Hội đồng', 300).optional(),
  establishedBy: optionalText('Quyết định thành lập', 500),
  quorumShare: quorumShare.optional(),
  majorityShare: majorityShare.optional(),
})

const role = z.enum(COUNCIL_ROLES, { error: `chỉ nhận một trong: ${COUNCIL_ROLES.join(', ')}` }).describe('Chức danh trong Hội đồng')

export const memberFields = {
  fullName: requiredText('Họ và tên', 200),
  position: optionalText('Chức vụ, đơn vị công tác', 300),
  role,
  personId: uuid('Cá nhân trong danh sách').nullable().optional(),
  accountId: uuid('Tài khoản bỏ phiếu').nullable().optional(),
  leadsOrganizationId: uuid('Đơn vị do thành viên đứng đầu').nullable().optional(),
  active: z.boolean({ error: 'phải là true hoặc false' }).optional().describe('Đang là thành viên'),
  sortOrder: z.number({ error: 'phải là số' }).int('phải là số nguyên').min(0, 'không được âm').max(1000, 'tối đa 1000').optional().describe('Thứ tự'),
}

export const createMemberBody = z.object(memberFields)

export const updateMemberBody = z.object({
  version,
  fullName: memberFields.fullName.optional(),
  position: memberFields.position,
  role: role.optional(),
  personId: memberFields.personId,
  accountId: memberFields.accountId,
  leadsOrganizationId: memberFields.leadsOrganizationId,
  active: memberFields.active,
  sortOrder: memberFields.sortOrder,
})

export const versionQuery = z.object({ version: z.coerce.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().positive().describe('Phiên bản dữ liệu') })

export const createSessionBody = z.object({
  title: requiredText('Tên phiên họp', 300),
  meetsOn: isoDate('Ngày họp'),
  place: optionalText('Địa điểm', 300),
})

export const addItemBody = z.object({ nominationId: uuid('Đề nghị khen thưởng') })

export const recusalBody = z.object({ memberId: uuid('Thành viên'), reason: requiredText('Lý do không tham gia biểu quyết', 500) })

export const recusalParams = z.object({ id: uuid('Mã nội dung'), memberId: uuid('Thành viên') })

export const memberParams = z.object({ id: uuid('Mã phiên họp'), memberId: uuid('Thành viên') })

export const attendanceBody = z.object({ present: z.boolean({ error: 'phải là true (có mặt) hoặc false (vắng mặt)' }).describe('Có mặt') })

export const sessionVersionBody = z.object({ version })

const choice = z.enum(BALLOT_CHOICES, { error: 'chỉ nhận for (đồng ý), against (không đồng ý) hoặc abstain (không biểu quyết)' })

export const ballotBody = z.object({ choice: choice.describe('Phiếu biểu quyết') })

export const writtenOpinionBody = z.object({
  memberId: uuid('Thành viên vắng mặt'),
  choice: choice.describe('Ý kiến bằng văn bản'),
  note: optionalText('Ghi chú ý kiến', 2000),
})

export type CreateCouncilInput = z.output<typeof createCouncilBody>
export type UpdateCouncilInput = z.output<typeof updateCouncilBody>
export type CreateMemberInput = z.output<typeof createMemberBody>
export type UpdateMemberInput = z.output<typeof updateMemberBody>
export type CreateSessionInput = z.output<typeof createSessionBody>
export type WrittenOpinionInput = z.output<typeof writtenOpinionBody>
