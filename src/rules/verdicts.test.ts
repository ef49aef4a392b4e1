// verdictsFor (one question, many subjects: the eligible lists) answers exactly what evaluateEligibility answers
// for `{ ...question, subject }`: the same verdict and criteria, or the same refusal with the same issues in order.
import { describe, expect, it } from 'vitest'
import { evaluateEligibility, verdictsFor } from './evaluate.ts'
import type { EligibilityInputData } from './input.ts'
import { SUBJECT_KINDS, type SubjectKind } from './types.ts'
import type { ProvinceRulesInput } from './province.ts'
import { EligibilityInputError, type InputIssue } from './validate.ts'
import { WORKED_CASES } from './worked-cases/index.ts'

type Outcome = { eligible: boolean | null; criteria: unknown } | { issues: InputIssue[] }

function outcome(run: () => { eligible: boolean | null; criteria: unknown }): Outcome {
  try {
    const { eligible, criteria } = run()
    return { eligible, criteria }
  } catch (error) {
    if (!(error instanceof EligibilityInputError)) throw error
    return { issues: error.issues }
  }
}

function expectSameAnswer(input: EligibilityInputData) {
  const { subject, achievementId, ...question } = input
  expect(achievementId).toBeUndefined()
  const expected = outcome(() => evaluateEligibility(input))
  expect(outcome(() => verdictsFor(question, subject.kind as SubjectKind)(subject))).toEqual(expected)
  return expected
}

/** The fields of a refusal's issues, in order ([] when the question was answered). */
const fieldsOf = (answer: Outcome) => ('issues' in answer ? answer.issues.map((i) => i.field) : [])

const staff = { kind: 'individual', birthDate: '1985-04-02', recruitmentDate: '2010-09-01' } as const

describe('verdictsFor', () => {
  const cases = WORKED_CASES.filter((c) => c.input.achievementId === undefined && c.input.subject.kind in SUBJECT_KINDS)
  it.each(cases.map((c) => [c.id, c.input] as const))('answers worked case %s as evaluateEligibility does', (_id, input) => {
    expectSameAnswer(input)
  })

  it('covers refused cases among the worked ones', () => {
    expect(cases.filter((c) => 'error' in c.expect).length).toBeGreaterThan(3)
  })

  it('lists the history issues before the question issues, as the whole question does', () => {
    const answer = expectSameAnswer({
      target: 'LDTT',
      date: '2025-12-20',
      year: 2026,
      subject: { ...staff, ratings: [{ year: 2024, rating: 'HTTNV' }, { year: 2024, rating: 'HTNV' }] },
    })
    expect(fieldsOf(answer)).toEqual(['subject.ratings[1].year', 'year'])
  })

  it('reports only shape issues, the subject first, when the history or the question has a wrong shape', () => {
    const wrongHistory = expectSameAnswer({ target: 'LDTT', date: '2025-12-20', year: 2026, subject: { ...staff, ratings: [{ year: 1900, rating: 'TOT' as never }] } })
    expect(fieldsOf(wrongHistory)).toEqual(['subject.ratings[0].year', 'subject.ratings[0].rating'])
    const both = expectSameAnswer({ target: 'LDTT', date: '2025-13-01', subject: { ...staff, birthDate: '1985-02-30' } })
    expect(fieldsOf(both)).toEqual(['subject.birthDate', 'date'])
  })

  it('repeats a province rule the law forbids for every subject, after its own issues', () => {
    const province: ProvinceRulesInput = {
      province: 'Tỉnh Thử',
      instrument: 'Quyết định 1/2025/QĐ-UBND',
      standards: [{ code: 'LDTT', mode: 'replace', criteria: [{ kind: 'judgement', key: 'THI_DUA', label: 'Thi đua', citation: 'Điều 3' }] }],
    }
    const answer = expectSameAnswer({ target: 'LDTT', date: '2025-12-20', province, subject: { ...staff, recruitmentDate: '1980-01-01' } })
    expect(fieldsOf(answer)).toEqual(['subject.recruitmentDate', 'province.standards[0].mode'])
  })
})
