import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { defineRoute, definePublicRoute } from '../../http/route.ts'
import { AppError } from '../../http/errors.ts'
import { ROLE_LABELS } from '../../auth/policy.ts'
import { deleteOtherSessions, deleteSession, SESSION_COOKIE, findSession } from '../../auth/session.ts'
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/password.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { changePasswordBody, loginBody } from './auth.schemas.ts'
import { signIn } from './sign-in.ts'

export const authRoutes = [
  definePublicRoute({
    method: 'post', path: '/api/auth/login', tag: 'Đăng nhập', access: 'public', body: loginBody,
    summary: 'Đăng nhập; đặt cookie phiên HttpOnly và trả mã CSRF',
    handler: async ({ ctx, body, c }) => {
      const old = getCookie(c, SESSION_COOKIE)
      if (old) await deleteSession(ctx.db, old) // no session fixation: always a fresh token
      const { token, csrfToken, account } = await signIn(ctx.db, ctx.config, ctx.clientAddress, body.username, body.password)
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: ctx.config.secureCookies, path: '/', maxAge: ctx.config.sessionHours * 3600 })
      return { csrfToken, account }
    },
  }),
  definePublicRoute({
    method: 'post', path: '/api/auth/logout', tag: 'Đăng nhập', access: 'public', status: 204,
    summary: 'Đăng xuất và hủy phiên',
    handler: async ({ ctx, c }) => {
      const token = getCookie(c, SESSION_COOKIE)
      if (token) await deleteSession(ctx.db, token)
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return null
    },
  }),
  defineRoute({
    method: 'get', path: '/api/auth/me', tag: 'Đăng nhập', access: 'signed-in',
    summary: 'Người dùng hiện tại, đơn vị và mã CSRF',
    handler: async ({ ctx, c }) => {
      const session = await findSession(ctx.db, getCookie(c, SESSION_COOKIE) ?? '')
      const org = await findOrganization(ctx.db, ctx.actor.provinceId, ctx.actor.organizationId)
      const { organizationPath: _path, ...actor } = ctx.actor
      return { ...actor, roleLabel: ROLE_LABELS[ctx.actor.role], organizationName: org?.name ?? '', csrfToken: session?.csrfToken }
    },
  }),
  defineRoute({
    method: 'post', path: '/api/auth/password', tag: 'Đăng nhập', access: 'signed-in', body: changePasswordBody, status: 204,
    summary: 'Đổi mật khẩu (đăng xuất mọi phiên khác)',
    handler: async ({ ctx, body, c }) => {
      const rows = await ctx.db.query<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE province_id = $1 AND id = $2', [ctx.actor.provinceId, ctx.actor.accountId])
      if (!rows[0] || !(await verifyPassword(rows[0].password_hash, body.currentPassword))) {
        throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng.', { currentPassword: 'Mật khẩu hiện tại: không đúng' })
      }
      const problem = passwordProblem(body.newPassword)
      if (problem) throw new AppError('VALIDATION', problem, { newPassword: `Mật khẩu mới: ${problem}` })
      const hash = await hashPassword(body.newPassword)
      await ctx.db.transaction(async (tx) => {
        await tx.query('UPDATE accounts SET password_hash = $3, version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2', [ctx.actor.provinceId, ctx.actor.accountId, hash])
        await deleteOtherSessions(tx, ctx.actor.provinceId, ctx.actor.accountId, getCookie(c, SESSION_COOKIE) ?? '')
        await recordAudit(tx, ctx, { action: 'change_password', entity: 'account', entityId: ctx.actor.accountId, organizationId: ctx.actor.organizationId, summary: 'Đổi mật khẩu' })
      })
      return null
    },
  }),
]
