// Reading one's own notifications. Not audited: read marks are the account's own reading state (like its
// session), not a change to the province's records; the producing change was audited when it happened.
import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { countUnread, markAllOwnRead, markOwnRead, type NotificationRecord } from './notifications.repository.ts'

/** Marks one notification read; another account's notification is "not found" (its existence is not revealed). */
export async function markRead(ctx: UseCaseContext, id: string): Promise<NotificationRecord & { unread: number }> {
  const { db, actor } = ctx
  return db.transaction(async (tx) => {
    const marked = await markOwnRead(tx, actor.provinceId, actor.accountId, id)
    if (!marked) throw notFound('thông báo')
    return { ...marked, unread: await countUnread(tx, actor.provinceId, actor.accountId) }
  })
}

/** Marks read every unread notification (up to the moment the user saw, when given: later ones stay unread). */
export async function markAllRead(ctx: UseCaseContext, upTo: string | undefined): Promise<{ marked: number; unread: number }> {
  const { db, actor } = ctx
  return db.transaction(async (tx) => {
    const marked = await markAllOwnRead(tx, actor.provinceId, actor.accountId, upTo ?? null)
    return { marked, unread: await countUnread(tx, actor.provinceId, actor.accountId) }
  })
}
