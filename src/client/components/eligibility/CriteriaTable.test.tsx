// @vitest-environment jsdom
// The criteria of an evaluation in a real DOM, as a table on wide screens and as stacked blocks on
// phones: each criterion's result (✓ passed, ✗ failed, ? unknown), its article, the facts used and
// its confidence tag (Đã xác nhận, Gián tiếp, Chưa xác nhận) whose accessible name carries the citation.
import { describe, expect, it } from 'vitest'
import type { Criterion } from '../../types.ts'
import { CriteriaTable } from './CriteriaTable.tsx'
import { setUpDom, waitFor } from './dom-testing.tsx'

const criteria: Criterion[] = [
  {
    id: 'ldtt.rating',
    criterion: 'Xếp loại năm 2025 từ «Hoàn thành tốt nhiệm vụ» trở lên',
    passed: true,
    citation: 'Luật TĐKT 2022, Điều 24, khoản 1',
    facts: ['Năm 2025: Hoàn thành xuất sắc nhiệm vụ (HTXSNV)'],
    confidence: 'confirmed',
    source: 'law',
  },
  {
    id: 'ldtt.service',
    criterion: 'Không phải người mới tuyển dụng dưới 6 tháng',
    passed: false,
    citation: 'Thông tư 15/2025/TT-BNV',
    facts: ['Tuyển dụng ngày 01/09/2025; đến ngày 20/12/2025 được 3 tháng (yêu cầu 6 tháng)'],
    confidence: 'unconfirmed',
    source: 'law',
  },
  {
    id: 'ttldtt.share',
    criterion: 'Ít nhất 70% thành viên đạt Lao động tiên tiến',
    passed: null,
    citation: 'Luật TĐKT 2022, Điều 28; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 4, khoản 2',
    facts: ['Năm 2025: chưa có số thành viên đạt Lao động tiên tiến'],
    confidence: 'indirect',
    source: 'province',
  },
]

let wide = true
const dom = setUpDom({ wide: () => wide })

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="criterion"]')]

describe.each([
  ['a table on wide screens', true],
  ['stacked blocks on phones', false],
])('CriteriaTable as %s', (_layout, isWide) => {
  it('shows each criterion with its result, citation, facts and confidence', async () => {
    wide = isWide
    dom.render(<CriteriaTable criteria={criteria} />)
    await waitFor(() => rows().length === 3, 'ba tiêu chuẩn')
    expect(document.querySelector('table') !== null).toBe(isWide)

    const [passed, failed, unknown] = rows()
    const mark = (row: HTMLElement) => row.querySelector('[data-testid="criterion-result"]')
    expect(mark(passed!)?.getAttribute('data-mark')).toBe('✓')
    expect(mark(passed!)?.getAttribute('aria-label')).toBe('Đạt')
    expect(mark(failed!)?.getAttribute('data-mark')).toBe('✗')
    expect(mark(failed!)?.getAttribute('aria-label')).toBe('Không đạt')
    expect(mark(unknown!)?.getAttribute('data-mark')).toBe('?')
    expect(mark(unknown!)?.getAttribute('aria-label')).toBe('Chưa đủ dữ liệu')

    expect(passed!.textContent).toContain('Luật TĐKT 2022, Điều 24, khoản 1')
    expect(failed!.querySelector('[data-testid="criterion-facts"]')?.textContent).toBe('Tuyển dụng ngày 01/09/2025; đến ngày 20/12/2025 được 3 tháng (yêu cầu 6 tháng)')
    expect(unknown!.textContent).toContain('Quy định của tỉnh')

    const tag = (row: HTMLElement) => row.querySelector('[data-testid="confidence-tag"]')!
    expect([passed, failed, unknown].map((row) => tag(row!).textContent)).toEqual(['Đã xác nhận', 'Chưa xác nhận', 'Gián tiếp'])
    expect(tag(unknown!).getAttribute('aria-label')).toBe('Gián tiếp — Luật TĐKT 2022, Điều 28; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 4, khoản 2')
  })
})

describe('CriteriaTable with a "one of" standard', () => {
  it('lists the routes under the standard on phones', async () => {
    wide = false
    const oneOf: Criterion = {
      id: 'cstdcs.excellence',
      criterion: 'Đạt một trong các tiêu chuẩn: hoàn thành xuất sắc nhiệm vụ, sáng kiến',
      passed: true,
      citation: 'Luật TĐKT 2022, Điều 23, khoản 2',
      facts: [],
      confidence: 'confirmed',
      source: 'law',
      routes: [
        { ...criteria[0]!, id: 'cstdcs.route.htxsnv', criterion: 'Xếp loại «Hoàn thành xuất sắc nhiệm vụ» năm 2025' },
        { ...criteria[1]!, id: 'cstdcs.route.initiative', criterion: 'Có sáng kiến được công nhận', facts: ['Không có sáng kiến nào được ghi nhận'], confidence: 'confirmed' },
      ],
    }
    dom.render(<CriteriaTable criteria={[oneOf]} />)
    await waitFor(() => rows().length === 3, 'tiêu chuẩn và hai cách đạt')
    expect(rows()[0]!.textContent).toContain('Chỉ cần đạt một trong các cách dưới đây')
    expect(rows()[2]!.textContent).toContain('Không có sáng kiến nào được ghi nhận')
  })
})
