import { describe, expect, it } from 'vitest'
import { emptyReportContent, type ReportResult } from '../../../shared/reports.ts'
import { awardsByForm, topmostReports, totalResults, type CountedReport } from './compiled-figures.ts'

const report = (name: string, path: string, results: Partial<ReportResult>[]): CountedReport => ({
  organizationId: name, organizationName: name, organizationPath: path,
  content: { ...emptyReportContent(), results: results.map((r) => ({ criterionKey: 'g#0', criterion: 'Giảm nghèo', measure: 'số hộ', value: null, parts: [], text: null, ...r })) },
})

describe('topmostReports', () => {
  it('leaves out the reports of units below another reporting unit', () => {
    const commune = report('Xã Bình Thành', '/p/c/', [])
    const school = report('Trường', '/p/c/s/', [])
    const other = report('Xã Bắc Sơn', '/p/b/', [])
    expect(topmostReports([school, commune, other])).toEqual([commune, other])
  })

  it('keeps exactly the reports with no reporting unit above them, in their order (a tree of 400 units, at random)', () => {
    let seed = 7
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
    const paths = ['/p/']
    for (let i = 0; i < 400; i++) paths.push(`${paths[random(paths.length)]}u${i}/`)
    // some units report twice (under two plans of the family): neither hides the other
    const reports = Array.from({ length: 300 }, (_, i) => report(`r${i}`, paths[random(paths.length)]!, []))
    const expected = reports.filter((r) => !reports.some((o) => o.organizationPath !== r.organizationPath && r.organizationPath.startsWith(o.organizationPath)))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(reports.length)
    expect(topmostReports(reports)).toEqual(expected)
    const withoutRoot = reports.filter((r) => r.organizationPath !== '/p/')
    expect(topmostReports(withoutRoot)).toEqual(withoutRoot.filter((r) => !withoutRoot.some((o) => o.organizationPath !== r.organizationPath && r.organizationPath.startsWith(o.organizationPath))))
  })
})

describe('totalResults', () => {
  it('sums figures and parts per criterion and measure (names matched without accents), the plan\'s order first', () => {
    const totals = totalResults([
      report('A', '/a/', [{ value: 3, parts: [{ label: 'Hộ cận nghèo', value: 1 }] }, { criterionKey: null, criterion: 'Tuyên truyền', measure: 'buổi', value: 2 }]),
      report('B', '/b/', [{ criterionKey: null, criterion: 'tuyen truyen', measure: 'Buổi', value: 4 }, { value: 5, parts: [{ label: 'hộ cận nghèo', value: 2 }], text: 'Hỗ trợ bò giống' }, { criterionKey: 'g#1', criterion: 'Chuyển đổi số', measure: null, text: 'Wifi' }]),
    ], ['g#0', 'g#1'])
    expect(totals.map((t) => [t.criterion, t.total, t.units])).toEqual([['Giảm nghèo', 8, ['A', 'B']], ['Chuyển đổi số', null, ['B']], ['Tuyên truyền', 6, ['A', 'B']]])
    expect(totals[0]!.parts).toEqual([{ label: 'Hộ cận nghèo', value: 3 }])
    expect(totals[0]!.texts).toEqual([{ unit: 'B', text: 'Hỗ trợ bò giống' }])
  })
})

describe('awardsByForm', () => {
  it('counts per form and kind of subject, catalogue forms by catalogue name and order, others as written', () => {
    const rows = awardsByForm([
      { code: null, name: 'Kỷ niệm chương', subjectKind: 'individual', count: 1 },
      { code: 'GIAY_KHEN_CHU_TICH_XA', name: 'GK xã', subjectKind: 'collective', count: 2 },
      { code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', subjectKind: 'household', count: 1 },
      { code: 'LDTT', name: 'LĐTT', subjectKind: 'individual', count: 5 },
    ])
    expect(rows.map((r) => [r.name, r.byKind, r.total])).toEqual([
      ['Lao động tiên tiến', { individual: 5, collective: 0, household: 0 }, 5],
      [expect.stringMatching(/^Giấy khen/), { individual: 0, collective: 2, household: 1 }, 3],
      ['Kỷ niệm chương', { individual: 1, collective: 0, household: 0 }, 1],
    ])
  })
})
