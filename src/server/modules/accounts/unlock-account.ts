import { recordAudit } from '../../audit/record-audit.ts'
import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findAccount, publicAccount, unlockAccountRow, type Account } from './accounts.repository.ts'
import { assertManageable } from './account-rules.ts'

/** Lifts the lockout after repeated failed sign-ins. */
export async function unlockAccount(ctx: UseCaseContext, id: string): Promise<Account> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findAccount(tx, actor.provinceId, id)
    if (!current) throw notFound('tài khoản')
    assertManageable(actor, current)
    await unlockAccountRow(tx, actor.provinceId, id)
    const unlocked = publicAccount((await findAccount(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'unlock', entity: 'account', entityId: id, organizationId: current.organizationId,
      summary: `Mở khóa đăng nhập tài khoản "${current.username}"`, before: publicAccount(current), after: unlocked,
    })
    return unlocked
  })
}
