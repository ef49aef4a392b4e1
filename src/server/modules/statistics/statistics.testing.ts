// Registry rows for the statistics tests, on the history tests' tenant (imported by *.db.test.ts only).
import type { HistoryTestContext } from '../history/history.testing.ts'

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
