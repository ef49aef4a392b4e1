// The signed-in account's own notifications (never another account's): unread first, newest first, paged.
import type { Page } from '../../../shared/schemas.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { countUnread, listOwn, type NotificationRecord } from './notifications.repository.ts'
import type { ListNotificationsQuery } from './notifications.schemas.ts'

export interface NotificationPage extends Page<NotificationRecord> {
  unread: number
}

export async function listNotifications(ctx: UseCaseContext, query: ListNotificationsQuery): Promise<NotificationPage> {
  const { db, actor } = ctx
  const [{ items, total }, unread] = await Promise.all([
    listOwn(db, actor.provinceId, actor.accountId, { filter: query.filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countUnread(db, actor.provinceId, actor.accountId),
  ])
  return { items, total, page: query.page, pageSize: query.pageSize, unread }
}

export async function unreadCount(ctx: UseCaseContext): Promise<{ unread: number }> {
  return { unread: await countUnread(ctx.db, ctx.actor.provinceId, ctx.actor.accountId) }
}
