// Demo commendation funds (quỹ thi đua, khen thưởng) for the current year, written in the demo seeding's
// transaction through the fund's own use cases, as the commune officers would (each line with its audit row):
//   - Bắc Sơn (bacson.vanphong): the year's recurrent spending recorded (its 1% allocation ceiling, ND 152
//     Điều 46(3)(b)), the budget allocation at the start of the year and a company's contribution; then it
//     pays its issued Giấy khen decision 01/QĐ-UBND (seed-commendation.ts) from the fund in one line;
//   - Bình Thành (binhthanh.vanphong): the allocation, the Khuyến học association's contribution and the
//     review meeting of the emulation movement (within the 20% share).
// Runs after seedCommendation (the decision must be issued).
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/policy.ts'
import type { Db } from '../db/client.ts'
import type { UseCaseContext } from '../http/route.ts'
import { todayInVietnam } from '../../shared/people.ts'
import { findAccount } from '../modules/accounts/accounts.repository.ts'
import { setRecurrentSpending } from '../modules/fund/fund-settings.ts'
import { listUnpaidDecisions, payDecision } from '../modules/fund/pay-decision.ts'
import { recordFundIncome } from '../modules/fund/record-income.ts'
import { recordSpending } from '../modules/fund/record-spending.ts'
import type { DemoData } from './demo-data.ts'

export async function seedFund(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string) => data.organizationByKey.get(key) ?? fail('organization', key)
  const as = async (username: string): Promise<UseCaseContext> => {
    const account = (await findAccount(db, provinceId, accountIds.get(username) ?? fail('account', username)))!
    const actor: Actor = { accountId: account.id, provinceId, username: account.username, displayName: account.displayName, role: account.role, organizationId: account.organizationId, organizationPath: account.organizationPath }
    return { db, actor, requestId: randomUUID() }
  }
  const today = todayInVietnam()
  const year = Number(today.slice(0, 4))
  const startOfYear = `${year}-01-02` < today ? `${year}-01-02` : today

  const bacSonOffice = await as('bacson.vanphong')
  const bacSon = org('bacSon').id
  await setRecurrentSpending(bacSonOffice, { organizationId: bacSon, year, recurrentSpending: 5_200_000_000, version: 0 })
  await recordFundIncome(bacSonOffice, {
    organizationId: bacSon, year, occurredOn: startOfYear, category: 'allocation', counterparty: null, amount: 50_000_000,
    description: `Ngân sách xã trích lập quỹ thi đua, khen thưởng năm ${year} (1% chi thường xuyên)`,
  })
  await recordFundIncome(bacSonOffice, {
    organizationId: bacSon, year, occurredOn: startOfYear, category: 'contribution', counterparty: 'Hợp tác xã Chè Kim Sơn', amount: 5_000_000,
    description: 'Ủng hộ quỹ thi đua, khen thưởng của xã',
  })
  const decision = (await listUnpaidDecisions(bacSonOffice, bacSon)).find((d) => d.label === '01/QĐ-UBND') ?? fail('issued decision', '01/QĐ-UBND of Bắc Sơn')
  await payDecision(bacSonOffice, decision.id, { occurredOn: today })

  const binhThanhOffice = await as('binhthanh.vanphong')
  const binhThanh = org('binhThanh').id
  await recordFundIncome(binhThanhOffice, {
    organizationId: binhThanh, year, occurredOn: startOfYear, category: 'allocation', counterparty: null, amount: 40_000_000,
    description: `Ngân sách xã trích lập quỹ thi đua, khen thưởng năm ${year}`,
  })
  await recordFundIncome(binhThanhOffice, {
    organizationId: binhThanh, year, occurredOn: today, category: 'contribution', counterparty: 'Hội Khuyến học xã Bình Thành', amount: 3_000_000,
    description: 'Đóng góp khen thưởng học sinh, giáo viên tiêu biểu',
  })
  await recordSpending(binhThanhOffice, {
    organizationId: binhThanh, year, occurredOn: today, category: 'movement', amount: 4_500_000,
    description: 'Hội nghị sơ kết phong trào thi đua «Chung sức xây dựng nông thôn mới», in tài liệu tuyên truyền',
  })
}

function fail(what: string, key: string): never {
  throw new Error(`demo fund: unknown ${what} ${key}`)
}
