// The compiled check may only say yes where zod says yes and returns the history unchanged: checked on generated
// histories of every kind, whole or with a field changed to a wrong value, removed, or added.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CATALOGUE_CODES } from '../../../rules/catalogue/types.ts'
import { isCompleteHistory } from './complete-history.ts'
import { GDVH_EXCLUSIONS, PROCEEDING_KINDS, subjectHistory } from '../../../rules/history.ts'
import { COMMENDATION_KINDS, DISCIPLINE_FORMS, LEVELS, RATINGS, SUBJECT_KINDS, TRACKS } from '../../../rules/types.ts'

const keys = <T extends object>(o: T) => fc.constantFrom(...(Object.keys(o) as (keyof T & string)[]))
const date = fc.date({ min: new Date('1945-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const year = fc.integer({ min: 1945, max: 2100 })
const text = (max: number, min = 0) => fc.string({ unit: fc.constantFrom('a', 'Đ', 'ể', ' ', '"', '😀'), minLength: min, maxLength: max })
const id = text(20, 1)
const count = fc.nat({ max: 500 })
const usedFor = fc.option(fc.record({ code: fc.constantFrom(...CATALOGUE_CODES), year }), { nil: null })
const level = keys(LEVELS)

const record = {
  ratings: fc.record({ year, rating: keys(RATINGS), track: keys(TRACKS) }),
  awards: fc.record(
    { code: fc.constantFrom(...CATALOGUE_CODES), year, date, decisionNumber: text(100), track: keys(TRACKS), level: fc.constantFrom('central', 'province', 'commune', 'unit'), kind: keys(COMMENDATION_KINDS), achievementRef: id },
    { requiredKeys: ['code', 'year', 'kind'] },
  ),
  initiatives: fc.record({ id, title: text(500), type: fc.constantFrom('sang_kien', 'de_tai', 'muu_tri'), level, recognisedDate: date, appliedEffectively: fc.boolean(), usedFor }),
  achievements: fc.record({ id, description: text(1000), kind: fc.constantFrom('phong_trao', 'dot_xuat', 'dong_gop', 'cong_trang'), level, date, usedFor }),
  discipline: fc.record({ form: keys(DISCIPLINE_FORMS), track: keys(TRACKS), startDate: date, endDate: fc.option(date, { nil: null }), decisionNumber: text(100) }, { requiredKeys: ['form', 'track', 'startDate', 'endDate'] }),
  proceedings: fc.record({ kind: keys(PROCEEDING_KINDS), startDate: date, endDate: fc.option(date, { nil: null }), note: text(500) }, { requiredKeys: ['kind', 'startDate', 'endDate'] }),
  assessments: fc.record({ year, key: fc.constantFrom('THI_DUA', 'HOC_TAP', 'XX'), met: fc.boolean(), note: text(500) }, { requiredKeys: ['year', 'key', 'met'] }),
  collectiveYears: fc.record(
    {
      year, memberCount: count, ldttCount: count, cstdcsCount: count, completedTaskCount: count,
      memberDiscipline: fc.array(fc.record({ form: keys(DISCIPLINE_FORMS), date, member: text(200) }, { requiredKeys: ['form', 'date'] }), { maxLength: 2 }),
      leadsCluster: fc.constantFrom('tinh', 'trung_uong', null), exceededTargets: fc.boolean(), partyScore: fc.double({ min: 0, max: 100, noNaN: true }),
      partyTasksCompletedShare: fc.double({ min: 0, max: 1, noNaN: true }), partyTasksExceededShare: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ['year', 'memberCount', 'memberDiscipline', 'leadsCluster'] },
  ),
  exclusions: fc.record({ kind: keys(GDVH_EXCLUSIONS), member: text(200), startDate: date, endDate: fc.option(date, { nil: null }) }, { requiredKeys: ['kind', 'startDate', 'endDate'] }),
}
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 })

/** A history with every field present (defaulted ones included), as the database gives it back. */
const completeHistory = fc.record(
  {
    id: text(100, 1), name: text(300), kind: keys(SUBJECT_KINDS), birthDate: fc.option(date, { nil: null }), recruitmentDate: fc.option(date, { nil: null }),
    employment: fc.constantFrom('state', 'outside_state'), establishedDate: fc.option(date, { nil: null }),
    ratings: list(record.ratings), awards: list(record.awards), initiatives: list(record.initiatives), achievements: list(record.achievements),
    discipline: list(record.discipline), proceedings: list(record.proceedings), assessments: list(record.assessments),
    collectiveYears: list(record.collectiveYears), exclusions: list(record.exclusions),
  },
  { requiredKeys: ['kind', 'ratings', 'awards', 'initiatives', 'achievements', 'discipline', 'proceedings', 'assessments', 'collectiveYears', 'exclusions'] },
)

const WRONG = [null, undefined, '', 'x', -1, 0, 1.5, 2101, 1944, 2 ** 60, true, {}, [], '2023-02-29', '2024-13-01', 'a'.repeat(1001), '😀'.repeat(151), Number.NaN, Number.POSITIVE_INFINITY]

/** Every place in a value: [parent, key] pairs. */
function places(value: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, key])
      places((value as Record<string, unknown>)[key], out)
    }
  }
  return out
}

/** The history with one place changed: given a wrong value, removed, or given a neighbour (an unknown field, a wrong item). */
const changedHistory = fc.tuple(completeHistory, fc.nat(), fc.constantFrom('wrong', 'remove', 'add'), fc.constantFrom(...WRONG)).map(([generated, at, change, wrong]) => {
  const history = structuredClone(generated)
  const all = places(history)
  const [parent, key] = all[at % all.length]!
  if (change === 'wrong') parent[key] = wrong
  else if (change === 'remove') delete parent[key]
  else if (Array.isArray(parent)) parent.push(wrong)
  else parent.unknownField = 1
  return history
})

/** The check says yes only where zod parses the history to an equal value. */
function agreesWithZod(history: unknown): boolean {
  if (!isCompleteHistory(history)) return true
  const parsed = subjectHistory.safeParse(history)
  expect(parsed.success).toBe(true)
  expect(parsed.data).toEqual(history)
  return true
}

describe('the compiled check of a complete history', () => {
  it('accepts a complete history, which zod returns unchanged', () => {
    fc.assert(fc.property(completeHistory, (history) => {
      expect(isCompleteHistory(history)).toBe(true)
      return agreesWithZod(history)
    }), { numRuns: 3_000 })
  })

  it('never accepts what zod refuses or would change, whatever one field is changed to', () => {
    fc.assert(fc.property(changedHistory, agreesWithZod), { numRuns: 20_000 })
  })

  it('leaves to zod a history missing a defaulted field or a list, or with a date that does not exist; counts a string\'s length as zod does', () => {
    const history = { kind: 'individual', name: 'Nguyễn Văn A', ratings: [], awards: [], initiatives: [], achievements: [], discipline: [], proceedings: [], assessments: [], collectiveYears: [], exclusions: [] }
    expect(isCompleteHistory(history)).toBe(true)
    expect(isCompleteHistory({ ...history, ratings: [{ year: 2024, rating: 'HTTNV' }] })).toBe(false) // track defaults to government
    expect(isCompleteHistory({ ...history, ratings: [{ year: 2024, rating: 'HTTNV', track: 'government' }] })).toBe(true)
    for (const name of ['😀'.repeat(300), '😀'.repeat(301)]) { // code points, not UTF-16 units
      expect(isCompleteHistory({ ...history, name })).toBe(subjectHistory.safeParse({ ...history, name }).success)
    }
    expect(isCompleteHistory({ ...history, name: '😀'.repeat(300) })).toBe(true)
    expect(isCompleteHistory({ ...history, birthDate: '2023-02-29' })).toBe(false)
    expect(isCompleteHistory({ ...history, birthDate: '2024-02-29' })).toBe(true)
    const { exclusions: _omitted, ...withoutList } = history
    expect(isCompleteHistory(withoutList)).toBe(false)
  })
})
