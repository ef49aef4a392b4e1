// A tenant for the events tests (imported by *.db.test.ts only): the history test context, its app, and helpers to fund commune A
// and to count what a refused request might have written.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { recordFundIncome } from '../fund/record-income.ts'
import { todayInVietnam } from '../../../shared/people.ts'

export interface EventsTestContext extends HistoryTestContext {
  /** A client of the app with the events routes, signed in as the fixture account. */
  events(account: string): Promise<ApiClient>
  /** A file download (the raw response) from the app with the events routes, signed in as the fixture account. */
  download(account: string, url: string): Promise<Response>
  /** Records an allocation into commune A's fund for the current year (as its officer). */
  fund(amount: number): Promise<void>
}

export const TODAY = todayInVietnam()
export const YEAR = Number(TODAY.slice(0, 4))

export async function openEventsTest(): Promise<EventsTestContext> {
  const t = await openHistoryTest()
  const app = testApp(t.db)
  const clients = new Map<string, ApiClient>()
  return {
    ...t,
    async events(account) {
      const known = clients.get(account)
      if (known) return known
      const client = await ApiClient.signIn(app, t.tenant.accounts[account]!.username)
      clients.set(account, client)
      return client
    },
    async download(account, url) {
      const login = await app.request('/api/auth/login', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts[account]!.username, password: TEST_PASSWORD }),
      })
      return app.request(url, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
    },
    async fund(amount) {
      await recordFundIncome({ db: t.db, actor: t.tenant.actor('officerA'), requestId: randomUUID() }, {
        organizationId: t.tenant.org.communeA.id, year: YEAR, occurredOn: `${YEAR}-01-02` <= TODAY ? `${YEAR}-01-02` : TODAY, category: 'allocation',
        description: 'Ngân sách cấp cho quỹ thi đua, khen thưởng', amount, counterparty: null,
      })
    },
  }
}

/** Rows an event may write, to show a refused request changed nothing. */
export async function eventCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM event_attendees) AS attendees,
            (SELECT count(*)::int FROM event_budget_lines) AS budget, (SELECT count(*)::int FROM event_honourees) AS honourees,
            (SELECT count(*)::int FROM fund_lines) AS "fundLines", (SELECT count(*)::int FROM audit_log) AS audit`,
  )
  return rows[0]!
}
