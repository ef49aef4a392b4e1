import { describe, expect, it } from 'vitest'
import { mergedSlice, pageOf, type Run } from './ranked-runs.ts'

const run = (kind: Run['kind'], kindOrder: number, entries: [sortKey: string, id: string][]): Run => ({ kind, kindOrder, sortKeys: entries.map((e) => e[0]), ids: entries.map((e) => e[1]) })
const ids = (subjects: { id: string }[]) => subjects.map((s) => s.id)

describe('the order of a list made of runs', () => {
  const a = run('individual', 0, [['an', 'a1'], ['binh', 'a2'], ['dung', 'a3']])
  const b = run('individual', 0, [['an', 'b0'], ['cuong', 'b1']])
  const c = run('collective', 1, [['binh', 'c1'], ['em', 'c2']])

  it('merges runs in name order; between namesakes the kind in catalogue order, then the id', () => {
    expect(ids(mergedSlice([a, b, c], 0, 100))).toEqual(['a1', 'b0', 'a2', 'c1', 'b1', 'a3', 'c2'])
    expect(ids(mergedSlice([a, b, c], 2, 3))).toEqual(['a2', 'c1', 'b1'])
    expect(ids(mergedSlice([a, b, c], 6, 10))).toEqual(['c2'])
    expect(mergedSlice([a, b, c], 7, 10)).toEqual([])
    expect(mergedSlice([], 0, 10)).toEqual([])
    expect(mergedSlice([a, c], 2, 1)).toEqual([{ kind: 'collective', id: 'c1' }])
  })

  it('pages across the lists one after the other (eligible, undecided, not eligible)', () => {
    const lists = [[a], [], [b, c]]
    expect(ids(pageOf(lists, 0, 2))).toEqual(['a1', 'a2'])
    expect(ids(pageOf(lists, 2, 3))).toEqual(['a3', 'b0', 'c1'])
    expect(ids(pageOf(lists, 5, 3))).toEqual(['b1', 'c2'])
    expect(pageOf(lists, 7, 3)).toEqual([])
  })
})
