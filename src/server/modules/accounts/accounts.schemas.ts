import { z } from 'zod'
import { ROLES } from '../../auth/policy.ts'
import { passwordProblem } from '../../auth/password.ts'
import { pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'

const username = z
  .string({ error: 'Tên đăng nhập là bắt buộc' })
  .trim()
  .toLowerCase()
  .min(3, 'Tên đăng nhập phải có từ 3 đến 50 ký tự')
  .max(50, 'Tên đăng nhập phải có từ 3 đến 50 ký tự')
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang')
  .describe('Tên đăng nhập')

/** A new password must pass the policy of passwordProblem (checked here so the error names the field). */
const password = z
  .string({ error: 'Mật khẩu là bắt buộc' })
  .max(200, 'Mật khẩu tối đa 200 ký tự')
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .describe('Mật khẩu')

/** Optional: where the daily digest goes; an empty field clears it. */
const email = z
  .string({ error: 'Thư điện tử phải là chuỗi ký tự' })
  .trim()
  .max(254, 'Thư điện tử tối đa 254 ký tự')
  .transform((s) => s || null)
  .pipe(z.email({ error: 'Thư điện tử không hợp lệ (ví dụ: vanphong@binhthanh.gov.vn)' }).nullable())
  .nullable()
  .describe('Thư điện tử')

const role = z.enum(ROLES, { error: 'Vai trò không hợp lệ' }).describe('Vai trò')

export const listAccountsQuery = z.object({
  q: z.string().max(200).optional().describe('Tìm theo tên đăng nhập hoặc họ tên (không cần dấu)'),
  ...pageQuery,
})

export const createAccountBody = z.object({
  username,
  displayName: requiredText('Họ và tên', 200),
  password,
  role,
  organizationId: uuid('Đơn vị'),
  email: email.optional().describe('Thư điện tử'),
})

// describe() comes last: error messages take the field label from the outermost schema.
export const updateAccountBody = z.object({
  version,
  displayName: requiredText('Họ và tên', 200).optional().describe('Họ và tên'),
  role: role.optional().describe('Vai trò'),
  organizationId: uuid('Đơn vị').optional().describe('Đơn vị'),
  disabled: z.boolean({ error: 'Vô hiệu hóa phải là true hoặc false' }).optional().describe('Vô hiệu hóa'),
  password: password.optional().describe('Mật khẩu'),
  email: email.optional().describe('Thư điện tử'),
})

export type CreateAccountInput = z.output<typeof createAccountBody>
export type UpdateAccountInput = z.output<typeof updateAccountBody>
