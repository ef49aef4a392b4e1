// Runs the table of worked cases: each names the article it exercises, the expected verdict and the
// criteria expected to fail. A failure names the case and shows every criterion with its facts.
import { describe, expect, it } from 'vitest'
import { evaluateEligibility } from './evaluate.ts'
import type { Evaluation } from './engine/types.ts'
import { EligibilityInputError } from './validate.ts'
import { WORKED_CASES } from './worked-cases/index.ts'
import type { WorkedCase } from './worked-cases/types.ts'

function explain(c: WorkedCase, e: Evaluation): string {
  const lines = e.criteria.map((k) => `  [${k.passed === true ? 'đạt' : k.passed === false ? 'KHÔNG ĐẠT' : 'chưa rõ'}] ${k.id} — ${k.criterion} (${k.citation})\n${k.facts.map((f) => `      · ${f}`).join('\n')}`)
  return `${c.id}: ${c.title}\n  Điều luật: ${c.article}\n  Bộ quy định: ${e.ruleSet.name}\n${lines.join('\n')}`
}

const ids = (e: Evaluation, passed: boolean | null) => e.criteria.filter((k) => k.passed === passed).map((k) => k.id).sort()

describe('worked cases', () => {
  it('has at least 80 cases with unique ids, each citing an article', () => {
    expect(WORKED_CASES.length).toBeGreaterThanOrEqual(80)
    expect(new Set(WORKED_CASES.map((c) => c.id)).size).toBe(WORKED_CASES.length)
    for (const c of WORKED_CASES) expect(c.article.length, c.id).toBeGreaterThan(5)
  })

  it('has a passing and a failing case for every title and form of the issue', () => {
    const required = [
      'LDTT',
      'CSTDCS',
      'CSTD_TINH',
      'TTLDTT',
      'TTLDXS',
      'GIAY_KHEN_CHU_TICH_XA',
      'GIAY_KHEN_THU_TRUONG',
      'BANG_KHEN_CHU_TICH_TINH',
      'BANG_KHEN_THU_TUONG',
      'HUAN_CHUONG_LAO_DONG_HANG_BA',
      'GIA_DINH_VAN_HOA',
      'THON_VAN_HOA',
    ]
    for (const code of required) {
      const verdicts = WORKED_CASES.filter((c) => c.input.target === code && 'eligible' in c.expect).map((c) => ('eligible' in c.expect ? c.expect.eligible : undefined))
      expect(verdicts, `${code}: cần ít nhất một trường hợp đạt`).toContain(true)
      expect(verdicts, `${code}: cần ít nhất một trường hợp không đạt`).toContain(false)
    }
  })

  for (const c of WORKED_CASES) {
    it(`${c.id} — ${c.title}`, () => {
      const x = c.expect
      if ('error' in x) {
        let thrown: unknown
        try {
          evaluateEligibility(c.input)
        } catch (error) {
          thrown = error
        }
        expect(thrown, `${c.id}: dữ liệu sai phải bị từ chối`).toBeInstanceOf(EligibilityInputError)
        const issues = (thrown as EligibilityInputError).issues
        const issue = issues.find((i) => i.field === x.error)
        expect(issue, `${c.id}: cần lỗi ở trường ${x.error}, nhận được:\n${(thrown as Error).message}`).toBeDefined()
        if (x.message) expect(issue!.message, c.id).toMatch(x.message)
        return
      }
      const e = evaluateEligibility(c.input)
      const story = explain(c, e)
      for (const k of e.criteria) {
        expect(k.citation.length, `${story}\n→ tiêu chí ${k.id} thiếu điều luật`).toBeGreaterThan(0)
        expect(k.facts.length, `${story}\n→ tiêu chí ${k.id} thiếu dữ kiện`).toBeGreaterThan(0)
      }
      expect(e.eligible, story).toBe(x.eligible)
      if (x.eligible === false) {
        expect(ids(e, false), story).toEqual([...x.failing].sort())
        expect(ids(e, null), story).toEqual([...(x.unknown ?? [])].sort())
      }
      if (x.eligible === null) expect(ids(e, null), story).toEqual([...x.unknown].sort())
      if (x.eligible === true && x.bonusAmount !== undefined) expect(e.bonus?.amount, story).toBe(x.bonusAmount)
    })
  }
})
