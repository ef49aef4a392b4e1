import { hashPassword } from '../../auth/password.ts'
import { deleteSessionsOf, forgetSessionsOf } from '../../auth/session.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { UpdateAccountInput } from './accounts.schemas.ts'
import { findAccount, publicAccount, updateAccountRow, type Account } from './accounts.repository.ts'
import { assertGrantable, assertManageable, findOrganizationInScope } from './account-rules.ts'

function refuseSelf(field: string, message: string): never {
  throw new AppError('FORBIDDEN', message, { [field]: message })
}

/** Edits, moves, disables or resets the password of an account (needs version). Disabling or a reset signs the account out everywhere. */
export async function updateAccount(ctx: UseCaseContext, id: string, input: UpdateAccountInput): Promise<Account> {
  const { actor } = ctx
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password) // slow: outside the transaction
  return ctx.db.transaction(async (tx) => {
    const current = await findAccount(tx, actor.provinceId, id)
    if (!current) throw notFound('tài khoản')
    assertManageable(actor, current)
    if (input.version !== current.version) throw staleVersion('Tài khoản')

    const role = input.role ?? current.role
    const organizationId = input.organizationId ?? current.organizationId
    const disabled = input.disabled ?? current.disabled
    if (id === actor.accountId) {
      // Guards against locking oneself out of account management (and against a hijacked session resetting the password).
      if (disabled) refuseSelf('disabled', 'Bạn không thể tự vô hiệu hóa tài khoản của chính mình.')
      if (role !== current.role) refuseSelf('role', 'Bạn không thể tự đổi vai trò của chính mình.')
      if (organizationId !== current.organizationId) refuseSelf('organizationId', 'Bạn không thể tự chuyển tài khoản của chính mình sang đơn vị khác.')
      if (passwordHash) refuseSelf('password', 'Hãy dùng chức năng "Đổi mật khẩu" (cần mật khẩu hiện tại) để đổi mật khẩu của chính mình.')
    }
    if (role !== current.role) assertGrantable(actor, role)
    if (organizationId !== current.organizationId) await findOrganizationInScope(tx, actor, organizationId)

    const email = input.email === undefined ? current.email : input.email
    const changes = { displayName: input.displayName ?? current.displayName, role, organizationId, disabled, email, passwordHash }
    if (!(await updateAccountRow(tx, actor.provinceId, id, changes, input.version))) throw staleVersion('Tài khoản')
    if (passwordHash || disabled) await deleteSessionsOf(tx, actor.provinceId, id)
    // A new role or unit applies to the account's next request, not after the session cache's few seconds.
    else if (role !== current.role || organizationId !== current.organizationId) forgetSessionsOf(actor.provinceId, id)

    const updated = publicAccount((await findAccount(tx, actor.provinceId, id))!)
    const notes = [passwordHash && 'đặt lại mật khẩu', disabled !== current.disabled && (disabled ? 'vô hiệu hóa' : 'mở lại')].filter(Boolean)
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'account', entityId: id, organizationId,
      summary: `Sửa tài khoản "${current.username}"${notes.length ? ` (${notes.join(', ')})` : ''}`,
      before: publicAccount(current), after: updated,
    })
    return updated
  })
}
