// A signed-in tenant and its app, with the history helpers, for the statistics tests (imported by *.db.test.ts only).
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { createTestTenant } from '../../testing/fixtures.ts'
import { openTestDb } from '../../testing/test-db.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'

export const statisticsApp = (db: HistoryTestContext['db']) => testApp(db)

export async function openStatisticsTest(): Promise<HistoryTestContext> {
  const db = await openTestDb()
  const tenant = await createTestTenant(db)
  const app = statisticsApp(db)
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

async function award(t: HistoryTestContext, subjectKind: string, subjectId: string, fields: Record<string, unknown>, by = 'officerA'): Promise<{ id: string }> {
  const res = await (await t.as(by)).post('/api/history/awards', { subjectKind, subjectId, level: 'commune', ...fields })
  if (res.status !== 201) throw new Error(`award: ${JSON.stringify(res.body)}`)
  return res.body.record
}

/**
 * Registry rows of commune A written through the API, years Y-2 … Y: 5 individual awards (3 to women, 4 to
 * direct workers, one outside the catalogue by a mass organisation at district level), 4 collective ones
 * (the village twice and the Party cell — small collectives by default — and the school), 1 household's;
 * and what must not count: a cancelled one, one 8 years before, one of commune B.
 */
export async function seedAwards(t: HistoryTestContext, Y: number): Promise<void> {
  const { org } = t.tenant
  const women = await t.person({ fullName: 'Hoàng Thị Lan', sex: 'nu', directWorker: true, birthDate: '1985-03-02' })
  const worker = await t.person({ fullName: 'Ma Văn Hùng', sex: 'nam', directWorker: true, birthDate: '1980-01-01' })
  const clerk = await t.person({ fullName: 'Lục Thị Hoa', sex: 'nu', directWorker: false, birthDate: '1990-05-05' })
  const other = await t.person({ fullName: 'Nông Văn Bắc', organizationId: org.communeB.id, birthDate: '1979-09-09' }, 'officerB')
  const household = await t.household({ headName: 'Hộ ông Hoàng Văn Đức' })

  await award(t, 'individual', women.id, { code: 'LDTT', year: Y - 1 })
  await award(t, 'individual', women.id, { code: 'CSTDCS', year: Y })
  await award(t, 'individual', worker.id, { code: 'LDTT', year: Y - 1 })
  await award(t, 'individual', worker.id, { code: null, name: 'Giấy khen của Liên đoàn Lao động huyện', track: 'mass', level: 'district', year: Y - 2 })
  await award(t, 'individual', clerk.id, { code: 'GIAY_KHEN_CHU_TICH_XA', year: Y })
  const cancelled = await award(t, 'individual', clerk.id, { code: 'LDTT', year: Y - 1 })
  await award(t, 'individual', women.id, { code: 'LDTT', year: Y - 8 })
  await award(t, 'collective', org.villageA1.id, { code: 'THON_VAN_HOA', year: Y - 1 })
  await award(t, 'collective', org.villageA1.id, { code: 'THON_VAN_HOA', year: Y })
  await award(t, 'collective', org.schoolA.id, { code: 'TTLDTT', year: Y })
  await award(t, 'collective', org.partyCellA.id, { code: 'GIAY_KHEN_DANG_UY_CHI_BO', track: 'party', year: Y })
  await award(t, 'household', household.id, { code: 'GIA_DINH_VAN_HOA', year: Y })
  await award(t, 'individual', other.id, { code: 'LDTT', year: Y }, 'officerB')
  // Cancelled (hủy bỏ, Luật TĐKT 2022, Điều 93): stays in the registry, counts no more.
  await t.db.query(`UPDATE award_records SET revoked_on = current_date, revoked_reason = 'Hủy bỏ do khai man thành tích' WHERE id = $1`, [cancelled.id])
}
