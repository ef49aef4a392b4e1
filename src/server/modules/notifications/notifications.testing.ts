// The app with the notifications routes (whether or not the route table already carries them), a signed-in
// client on it, and a reader of an account's notifications — for the notification tests (imported by *.db.test.ts only).
import type { Db } from '../../db/client.ts'
import { loadConfig, type Config } from '../../config.ts'
import { createApp } from '../../http/app.ts'
import { routes } from '../../routes.ts'
import { ApiClient } from '../../testing/api-client.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { notificationRoutes } from './notifications.routes.ts'

export function notificationsApp(db: Db, overrides: Partial<Config> = {}) {
  const others = routes.filter((r) => !r.path.startsWith('/api/notifications'))
  return createApp({ db, config: { ...loadConfig({}), ...overrides }, routes: [...others, ...notificationRoutes] })
}

/** Signs a tenant account in on an app with the notifications routes (one app per context, cached clients). */
export function notificationClients(t: HistoryTestContext) {
  const app = notificationsApp(t.db)
  const clients = new Map<string, ApiClient>()
  return async (account: string) => {
    const known = clients.get(account)
    if (known) return known
    const client = await ApiClient.signIn(app, t.tenant.accounts[account]!.username)
    clients.set(account, client)
    return client
  }
}

/** An account's notifications as stored, newest first. */
export function notificationsOf(t: HistoryTestContext, account: string) {
  return t.db.query<{ kind: string; title: string; body: string | null; link: string | null; read_at: string | null }>(
    `SELECT kind, title, body, link, read_at FROM notifications WHERE province_id = $1 AND account_id = $2 ORDER BY seq DESC`,
    [t.tenant.provinceId, t.tenant.accounts[account]!.id],
  )
}
