import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { createAccountBody, listAccountsQuery, updateAccountBody } from './accounts.schemas.ts'
import { assertCan } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import { findAccount, publicAccount, searchAccounts } from './accounts.repository.ts'
import { createAccount } from './create-account.ts'
import { updateAccount } from './update-account.ts'
import { unlockAccount } from './unlock-account.ts'

export const accountRoutes = [
  defineRoute({
    method: 'get', path: '/api/accounts', tag: 'Tài khoản', access: 'account.read', query: listAccountsQuery,
    summary: 'Tài khoản thuộc các đơn vị trong phạm vi (tìm không cần dấu), phân trang',
    handler: async ({ ctx, query }) => {
      const { items, total } = await searchAccounts(ctx.db, ctx.actor.provinceId, {
        scopePath: ctx.actor.organizationPath, q: query.q, limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
      })
      return { items, total, page: query.page, pageSize: query.pageSize }
    },
  }),
  defineRoute({
    method: 'get', path: '/api/accounts/:id', tag: 'Tài khoản', access: 'account.read', params: idParams,
    summary: 'Chi tiết tài khoản (để tải lại bản mới nhất)',
    handler: async ({ ctx, params }) => {
      const account = await findAccount(ctx.db, ctx.actor.provinceId, params.id)
      if (!account) throw notFound('tài khoản')
      assertCan(ctx.actor, 'account.read', account.organizationPath)
      return publicAccount(account)
    },
  }),
  defineRoute({
    method: 'post', path: '/api/accounts', tag: 'Tài khoản', access: 'account.write', body: createAccountBody, status: 201,
    summary: 'Tạo tài khoản (vai trò trong phạm vi được cấp, mật khẩu theo chính sách)',
    handler: ({ ctx, body }) => createAccount(ctx, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/accounts/:id', tag: 'Tài khoản', access: 'account.write', params: idParams, body: updateAccountBody,
    summary: 'Sửa, vô hiệu hóa hoặc đặt lại mật khẩu tài khoản (cần version; đăng xuất tài khoản đó khi khóa hoặc đặt lại mật khẩu)',
    handler: ({ ctx, params, body }) => updateAccount(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/accounts/:id/unlock', tag: 'Tài khoản', access: 'account.write', params: idParams,
    summary: 'Mở khóa tài khoản bị tạm khóa do đăng nhập sai nhiều lần',
    handler: ({ ctx, params }) => unlockAccount(ctx, params.id),
  }),
]
