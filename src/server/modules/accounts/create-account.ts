import { randomUUID } from 'node:crypto'
import { hashPassword } from '../../auth/password.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { fromDatabaseError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { CreateAccountInput } from './accounts.schemas.ts'
import { findAccount, insertAccount, publicAccount, type Account } from './accounts.repository.ts'
import { assertGrantable, findOrganizationInScope } from './account-rules.ts'

/** Creates an account in the caller's subtree with a role the caller may grant. */
export async function createAccount(ctx: UseCaseContext, input: CreateAccountInput): Promise<Account> {
  const { actor } = ctx
  assertGrantable(actor, input.role)
  const passwordHash = await hashPassword(input.password) // slow on purpose: outside the transaction
  const duplicate = `Tên đăng nhập "${input.username}" đã tồn tại.`
  try {
    return await ctx.db.transaction(async (tx) => {
      const organization = await findOrganizationInScope(tx, actor, input.organizationId)
      const id = randomUUID()
      await insertAccount(tx, actor.provinceId, { id, username: input.username, displayName: input.displayName, passwordHash, role: input.role, organizationId: organization.id, email: input.email ?? null })
      const created = publicAccount((await findAccount(tx, actor.provinceId, id))!)
      await recordAudit(tx, ctx, { action: 'create', entity: 'account', entityId: id, organizationId: organization.id, summary: `Tạo tài khoản "${created.username}" (${created.roleLabel})`, after: created })
      return created
    })
  } catch (error) {
    throw fromDatabaseError(error, { accounts_username_key: { field: 'username', message: duplicate } })
  }
}
