// A signed-in tenant and its app, and
// counts of the rows a fund write touches, to show a refused request wrote nothing (imported by *.db.test.ts only).
import type { Db } from '../../db/client.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'

export interface FundTestContext extends HistoryTestContext {
  /** A client of the app with the fund routes, signed in as one of the tenant's accounts. */
  fund(account: string): Promise<ApiClient>
  /** The bytes of a download by one of the tenant's accounts (the API client reads bodies as text). */
  download(account: string, url: string): Promise<Response>
}

export async function openFundTest(): Promise<FundTestContext> {
  const t = await openHistoryTest()
  const app = testApp(t.db)
  const clients = new Map<string, ApiClient>()
  const fund = async (account: string) => {
    const known = clients.get(account)
    if (known) return known
    const client = await ApiClient.signIn(app, t.tenant.accounts[account]!.username)
    clients.set(account, client)
    return client
  }
  return {
    ...t,
    fund,
    async download(account, url) {
      const cookie = ((await fund(account)) as unknown as { cookie: string }).cookie
      return app.request(url, { headers: { cookie } })
    },
  }
}

export async function fundCounts(db: Db): Promise<{ lines: number; years: number; audit: number }> {
  return (await db.query<{ lines: number; years: number; audit: number }>(
    `SELECT (SELECT count(*)::int FROM fund_lines) AS lines, (SELECT count(*)::int FROM fund_years) AS years, (SELECT count(*)::int FROM audit_log) AS audit`,
  ))[0]!
}
