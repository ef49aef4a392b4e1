import { z } from 'zod'

export const loginBody = z.object({
  username: z.string({ error: 'Tên đăng nhập là bắt buộc' }).trim().min(1, 'Tên đăng nhập là bắt buộc').max(100).describe('Tên đăng nhập'),
  password: z.string({ error: 'Mật khẩu là bắt buộc' }).min(1, 'Mật khẩu là bắt buộc').max(200).describe('Mật khẩu'),
})

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Mật khẩu hiện tại là bắt buộc').max(200).describe('Mật khẩu hiện tại'),
  newPassword: z.string().min(1, 'Mật khẩu mới là bắt buộc').max(200).describe('Mật khẩu mới'),
})
