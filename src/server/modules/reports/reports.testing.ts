// A signed-in tenant and its app, and an issued commune plan with two phases and
// criteria, for the report tests (imported by *.db.test.ts only).
import { emptyPlan, type PlanContent } from '../../../shared/campaign-plan.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { addDays } from '../../../shared/working-days.ts'
import type { Db } from '../../db/client.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { createTestTenant, type TestTenant } from '../../testing/fixtures.ts'
import { openTestDb } from '../../testing/test-db.ts'

export interface ReportTestContext {
  db: Db
  tenant: TestTenant
  app: ReturnType<typeof testApp>
  as(account: string): Promise<ApiClient>
}

export async function openReportTest(): Promise<ReportTestContext> {
  const db = await openTestDb()
  const tenant = await createTestTenant(db)
  const app = testApp(db)
  const clients = new Map<string, ApiClient>()
  return {
    db, tenant, app,
    async as(account) {
      const known = clients.get(account)
      if (known) return known
      const client = await ApiClient.signIn(app, tenant.accounts[account]!.username)
      clients.set(account, client)
      return client
    },
  }
}

export async function ok(res: { status: number; body: unknown }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body as any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * A commune plan (seed 001's shape, dated around today): Đợt 1 running now, closed by sơ kết; Đợt 2 starting in
 * a month, closed by tổng kết 10 days after the commune congress (whose date is not known yet); two criteria.
 */
export function phasedPlan(today = todayInVietnam()): PlanContent {
  return {
    ...emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', governingBody: null, place: 'Bình Thành', symbol: 'KH-UBND' }),
    title: 'Phát động đợt thi đua chào mừng Đại hội Đảng bộ xã',
    events: [{ id: 'dai-hoi-xa', name: 'Đại hội Đảng bộ xã', date: null }],
    period: { from: { kind: 'date', date: addDays(today, -60) }, to: null, asWritten: null },
    phases: [
      { id: 'dot-1', name: 'Đợt 1', from: addDays(today, -60), to: addDays(today, 30), review: { kind: 'interim', due: { kind: 'date', date: addDays(today, 40) } } },
      { id: 'dot-2', name: 'Đợt 2', from: addDays(today, 31), to: addDays(today, 200), review: { kind: 'final', due: { kind: 'event', eventId: 'dai-hoi-xa', offsetDays: 10 } } },
    ],
    targetGroups: [{ id: 'tap-the', kind: 'collective', name: 'các cơ quan, đơn vị, các xóm', criteria: ['Giảm nghèo bền vững, không phát sinh hộ nghèo mới', 'Đẩy mạnh chuyển đổi số'] }],
  }
}

/** Issues the plan as commune A's officer, addressed to its village, school and Party cell. */
export async function issuePhasedPlan(t: ReportTestContext, content = phasedPlan()): Promise<{ id: string; version: number }> {
  const officer = await t.as('officerA')
  const draft = await ok(await officer.post('/api/campaigns', {
    issuerId: t.tenant.org.communeA.id, content, addresseeIds: [t.tenant.org.villageA1.id, t.tenant.org.schoolA.id, t.tenant.org.partyCellA.id],
  }), 201)
  return ok(await officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: content.phases[0]!.from }))
}
