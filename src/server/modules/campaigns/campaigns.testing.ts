// Plans and a signed-in tenant for the campaign tests (imported by *.db.test.ts only).
import { emptyPlan, type PlanContent } from '../../../shared/campaign-plan.ts'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'

/** A provincial plan in the shape of 141/KH-UBND: a congress event, a deadline relative to it, one answer deadline. */
export function provincialPlan(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    ...emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM', governingBody: null, place: 'Thử Nghiệm', symbol: 'KH-UBND' }),
    kind: 'phase',
    title: 'Về việc triển khai Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng',
    events: [{ id: 'daihoi14', name: 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', date: null }],
    period: { from: { kind: 'date', date: '2025-11-15' }, to: { kind: 'event', eventId: 'daihoi14', offsetDays: 0 }, asWritten: 'từ ngày ban hành đến khi Đại hội XIV thành công' },
    targetGroups: [{ id: 'xa', kind: 'collective', name: 'Ủy ban nhân dân các xã, phường', criteria: ['Hoàn thành vượt mức các chỉ tiêu năm 2025'] }],
    awardForms: [{ id: 'bk', catalogueCode: null, name: 'Bằng khen của Chủ tịch UBND tỉnh', authority: 'Chủ tịch UBND tỉnh', targetGroupIds: ['xa'], quota: null }],
    deadlines: [{ id: 'tongket', kind: 'report', name: 'Gửi báo cáo tổng kết Đợt thi đua', due: { kind: 'event', eventId: 'daihoi14', offsetDays: 15 }, note: 'về Sở Nội vụ' }],
    sections: [{ title: 'MỤC ĐÍCH, YÊU CẦU', blocks: [{ type: 'paragraph', text: 'Phát huy truyền thống thi đua yêu nước.' }, { type: 'field', field: 'awardForms' }] }],
    ...overrides,
  }
}

/** A commune plan with two phases, the second closed by tổng kết. */
export function communePlan(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    ...emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', governingBody: null, place: 'Bình Thành', symbol: 'KH-UBND' }),
    title: 'Phát động phong trào thi đua năm 2025',
    period: { from: { kind: 'date', date: '2025-01-01' }, to: { kind: 'date', date: '2025-12-31' }, asWritten: 'từ nay đến hết năm 2025' },
    phases: [
      { id: 'p1', name: 'Đợt 1', from: '2025-01-01', to: '2025-06-30', review: null },
      { id: 'p2', name: 'Đợt 2', from: '2025-07-01', to: '2025-12-31', review: { kind: 'final', due: { kind: 'date', date: '2025-12-20' } } },
    ],
    ...overrides,
  }
}

export interface CampaignTestContext {
  db: Db
  tenant: TestTenant
  app: ReturnType<typeof testApp>
  as(account: string): Promise<ApiClient>
}

export async function openCampaignTest(): Promise<CampaignTestContext> {
  const db = await openTestDb()
  const tenant = await createTestTenant(db)
  const app = testApp(db)
  const clients = new Map<string, ApiClient>()
  return {
    db,
    tenant,
    app,
    async as(account) {
      const known = clients.get(account)
      if (known) return known
      const client = await ApiClient.signIn(app, tenant.accounts[account]!.username)
      clients.set(account, client)
      return client
    },
  }
}

/** A row count per campaign table, to show a refused request changed nothing. */
export async function campaignTableCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM campaigns) AS campaigns, (SELECT count(*)::int FROM campaign_parents) AS parents,
            (SELECT count(*)::int FROM campaign_addressees) AS addressees, (SELECT count(*)::int FROM campaign_event_dates) AS event_dates,
            (SELECT coalesce(sum(last_number), 0)::int FROM document_registers) AS numbers_taken, (SELECT count(*)::int FROM audit_log) AS audit`,
  )
  return rows[0]!
}
