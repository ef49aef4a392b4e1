import { z } from 'zod'
import { PERSON_CATEGORY_CODES, SEX_CODES, validateBirthDate, validateCccd } from '../../../shared/people.ts'
import { isoDate, optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'

/** Turns a pure check's problem (or null) into a zod issue. */
const check = (problemOf: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const problem = value ? problemOf(value) : null
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
}


const fullName = requiredText('Họ và tên', 200)
const birthDate = isoDate('Ngày sinh').superRefine(check(validateBirthDate)).nullable().optional().describe('Ngày sinh')
const sex = z.enum(SEX_CODES, { error: 'chỉ nhận "nam" hoặc "nu"' }).describe('Giới tính')
const cccd = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .superRefine(check(validateCccd))
  .transform((s) => s || null)
  .nullable()
  .optional()
  .describe('Số CCCD')
const category = z.enum(PERSON_CATEGORY_CODES, { error: `chỉ nhận một trong các mã ${PERSON_CATEGORY_CODES.join(', ')}` }).describe('Đối tượng')
const organizationId = uuid('Đơn vị')
const directWorker = z.boolean({ error: 'phải là true hoặc false' }).describe('Lao động trực tiếp')
const householdId = uuid('Hộ gia đình').nullable().optional().describe('Hộ gia đình')
const position = optionalText('Chức vụ', 200).describe('Chức vụ')

export const createPersonBody = z.object({
  fullName,
  birthDate,
  sex,
  cccd,
  position,
  organizationId,
  category,
  directWorker: directWorker.optional(),
  householdId,
})

export const updatePersonBody = z.object({
  version,
  fullName: fullName.optional(),
  birthDate,
  sex: sex.optional(),
  cccd,
  position,
  organizationId: organizationId.optional(),
  category: category.optional(),
  directWorker: directWorker.optional(),
  householdId,
})

export const listPeopleQuery = z.object({
  q: z.string().max(200).optional().describe('Tìm theo họ tên (không cần dấu) hoặc số CCCD'),
  organizationId: organizationId.optional(),
  category: category.optional(),
  ...pageQuery,
})

export const importPreviewQuery = z.object({
  organizationId: uuid('Đơn vị mặc định').optional(),
})

export type CreatePersonInput = z.output<typeof createPersonBody>
export type UpdatePersonInput = z.output<typeof updatePersonBody>
export type ListPeopleQuery = z.output<typeof listPeopleQuery>
