// A signed-in tenant with helpers to add people, households and organizations, for the history,
// registry and eligibility tests (imported by *.db.test.ts only).
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'

export interface HistoryTestContext {
  db: Db
  tenant: TestTenant
  app: ReturnType<typeof testApp>
  as(account: string): Promise<ApiClient>
  /** Adds a person through the API (officer of commune A unless `by` says otherwise); returns the stored person. */
  person(fields: Record<string, unknown>, by?: string): Promise<{ id: string; fullName: string; version: number }>
  /** Adds an organization under `parentId` (admin). */
  organization(fields: Record<string, unknown>): Promise<{ id: string; name: string }>
  /** Adds a household under a village (officer of commune A). */
  household(fields: Record<string, unknown>): Promise<{ id: string }>
}

export async function openHistoryTest(): Promise<HistoryTestContext> {
  const db = await openTestDb()
  const tenant = await createTestTenant(db)
  const app = testApp(db)
  const clients = new Map<string, ApiClient>()
  const as = async (account: string) => {
    const known = clients.get(account)
    if (known) return known
    const client = await ApiClient.signIn(app, tenant.accounts[account]!.username)
    clients.set(account, client)
    return client
  }
  const created = async (client: ApiClient, url: string, body: Record<string, unknown>) => {
    const res = await client.post(url, body)
    if (res.status !== 201) throw new Error(`${url}: ${JSON.stringify(res.body)}`)
    return res.body
  }
  return {
    db,
    tenant,
    app,
    as,
    async person(fields, by = 'officerA') {
      return created(await as(by), '/api/people', { sex: 'nam', organizationId: tenant.org.schoolA.id, category: 'vien_chuc', ...fields })
    },
    async organization(fields) {
      return created(await as('admin'), '/api/organizations', fields)
    },
    async household(fields) {
      return created(await as('officerA'), '/api/households', { organizationId: tenant.org.villageA1.id, ...fields })
    },
  }
}
