// The registry search by a name typed without diacritics (GET /api/registry?q=): the name keys of migration 0017
// never drop a row the substring match finds, and a search over the whole province (no join to decide the
// scope) or over a subtree finds the same rows in the same order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { scopeCoversProvince } from '../organizations/units-in-scope.ts'

let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
})
afterAll(() => t.db.close())

describe('name keys (tdkt_name_keys, tdkt_name_query_keys)', () => {
  it('asks, for every text of two words or more found inside a name, only for keys the name has', async () => {
    const names = ['Trần Văn Thái', 'Hộ Nguyễn Thị Hòa', 'Hội Liên hiệp Phụ nữ xã Tân Cương 2', 'Lê  Văn  A', 'Nguyễn Thị Thu-Hà', 'A B C', 'Đặng Thị Hòa']
    // Every substring with a space, cut anywhere (inside words at both ends too).
    const [check] = await t.db.query<{ checked: number; missing: string[] }>(
      `WITH folded AS (SELECT tdkt_fold(n) AS s FROM unnest($1::text[]) n),
            cut AS (SELECT s, substr(s, i, len) AS q FROM folded, generate_series(1, length(s)) i, generate_series(1, length(s) - i + 1) len)
       SELECT count(*)::int AS checked,
              coalesce(array_agg(s || ' ∌ ' || q) FILTER (WHERE NOT tdkt_name_keys(s) @> tdkt_name_query_keys(q)), '{}') AS missing
         FROM cut WHERE strpos(q, ' ') > 0`,
      [names],
    )
    expect(check!.missing).toEqual([])
    expect(check!.checked).toBeGreaterThan(500)
  })

  it('tells names apart by their words and their order, and leaves one word or a LIKE wildcard to the trigram index', async () => {
    const [keys] = await t.db.query<Record<string, unknown>>(
      `SELECT tdkt_name_query_keys('nguyen an') AS two, tdkt_name_query_keys('ran van th') AS partial, tdkt_name_query_keys('nguyen van thi hoa') AS four,
              tdkt_name_keys('nguyen van an') @> tdkt_name_query_keys('tran van an') AS "otherFamily",
              tdkt_name_keys('nguyen van an') @> tdkt_name_query_keys('nguyen van anh') AS "longerGiven",
              tdkt_name_keys('nguyen an van') @> tdkt_name_query_keys('nguyen van an') AS "otherOrder",
              tdkt_name_keys('ho nguyen van anh') @> tdkt_name_query_keys('nguyen van an') AS "givenPrefix",
              tdkt_name_query_keys('nguyen') AS "oneWord", tdkt_name_query_keys('nguyen\\_van thi') AS wildcard, tdkt_name_query_keys('a b c') AS short`,
    )
    expect(keys).toEqual({
      two: ['nguyen>', '<an'], partial: ['ran van>', '<van th'], four: ['nguyen van>', '<van thi>', '<thi hoa'],
      otherFamily: false, longerGiven: false, otherOrder: false, givenPrefix: true,
      oneWord: [], wildcard: [], short: [],
    })
  })
})

describe('search by name', () => {
  it('finds a name cut anywhere, over the whole province or a subtree, newest first, and keeps out a tree outside the scope', async () => {
    const { org } = t.tenant
    const award = async (by: string, subjectId: string, year: number, decisionNumber: string) => {
      const res = await (await t.as(by)).post('/api/history/awards', { subjectKind: 'individual', subjectId, code: 'GIAY_KHEN_CHU_TICH_XA', year, decisionNumber, level: 'commune' })
      expect(res.status).toBe(201)
    }
    const teacher = await t.person({ fullName: 'Trần Văn Thái' })
    const farmer = await t.person({ fullName: 'Hoàng Trần Văn Thái', organizationId: org.communeB.id, category: 'nhan_dan' }, 'officerB')
    await award('officerA', teacher.id, 2024, '15/QĐ-UBND')
    await award('officerB', farmer.id, 2023, '7/QĐ-UBND')
    await award('officerA', teacher.id, 2022, '9/QĐ-UBND')
    const outside = await t.organization({ parentId: org.communeB.id, name: 'Hợp tác xã Tân Thành', kind: 'enterprise' })
    const member = await t.person({ fullName: 'Trần Văn Thái', organizationId: outside.id, category: 'nhan_dan' }, 'officerB')
    await award('officerB', member.id, 2025, '1/QĐ-UBND')

    const found = async (by: string, q: string) => {
      const res = await (await t.as(by)).get(`/api/registry?q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
      return { total: res.body.total, rows: res.body.items.map((r: { subjectName: string; decisionNumber: string }) => `${r.subjectName} ${r.decisionNumber}`) }
    }
    const rowsA = ['Trần Văn Thái 15/QĐ-UBND', 'Trần Văn Thái 9/QĐ-UBND']
    const rowB = 'Hoàng Trần Văn Thái 7/QĐ-UBND'
    const search = async (inTree: string[]) => {
      for (const q of ['tran van thai', 'TRẦN VĂN THÁI', 'ran van th', 'an van tha']) {
        expect(await found('provinceOfficer', q), q).toEqual({ total: inTree.length + 3, rows: [...inTree, rowsA[0], rowB, rowsA[1]] })
        expect(await found('officerA', q), q).toEqual({ total: 2, rows: rowsA })
        expect(await found('officerB', q), q).toEqual({ total: inTree.length + 1, rows: [...inTree, rowB] })
      }
    }
    const covers = (path: string) => scopeCoversProvince(t.db, t.tenant.provinceId, path)
    // The province officer's subtree holds the whole province: the rows are chosen without a join.
    expect([await covers(org.province.path), await covers(org.communeB.path)]).toEqual([true, false])
    await search(['Trần Văn Thái 1/QĐ-UBND'])
    // The cooperative cut off the province's tree (a second root): outside every subtree above, whatever the shape.
    await t.db.query(`UPDATE organizations SET parent_id = NULL, path = '/' || id || '/' WHERE id = $1`, [outside.id])
    expect(await covers(org.province.path)).toBe(false)
    await search([])
    expect(await found('provinceOfficer', 'hoang tran')).toEqual({ total: 1, rows: ['Hoàng Trần Văn Thái 7/QĐ-UBND'] })
    expect(await found('provinceOfficer', 'van thai ha')).toEqual({ total: 0, rows: [] })
    expect(await found('provinceOfficer', '15/qđ')).toEqual({ total: 1, rows: ['Trần Văn Thái 15/QĐ-UBND'] })
  })
})
