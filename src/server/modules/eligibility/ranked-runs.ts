// The order of a "who is eligible" list without sorting it: each batch hands back its subjects of one verdict in
// name order (a run); a page is the runs of its verdict merged in name order up to the page's end. A province's
// list of hundreds of thousands is never sorted whole, and no object is made per subject.
import type { SubjectKind } from '../../../rules/index.ts'
import type { NamedIds } from './judge-batch.ts'

/** One batch's subjects of one verdict, in name order. */
export interface Run extends NamedIds {
  kind: SubjectKind
  /** Between two namesakes, the target's subject kinds in the catalogue's order. */
  kindOrder: number
}

export interface RankedSubject {
  kind: SubjectKind
  id: string
}

/** Sort keys compare as the database's COLLATE "C" sorts them (each run comes in that order), then kind, then id. */
function before(a: Run, i: number, b: Run, j: number): boolean {
  const x = a.sortKeys[i]!
  const y = b.sortKeys[j]!
  if (x !== y) return x < y
  if (a.kindOrder !== b.kindOrder) return a.kindOrder < b.kindOrder
  return a.ids[i]! < b.ids[j]!
}

/** The subjects at positions [start, start + count) of the runs merged in name order. */
export function mergedSlice(runs: readonly Run[], start: number, count: number): RankedSubject[] {
  const heads = runs.map(() => 0)
  const slice: RankedSubject[] = []
  for (let position = 0; position < start + count; position++) {
    let next = -1
    runs.forEach((run, r) => {
      if (heads[r]! < run.ids.length && (next < 0 || before(run, heads[r]!, runs[next]!, heads[next]!))) next = r
    })
    if (next < 0) break
    if (position >= start) slice.push({ kind: runs[next]!.kind, id: runs[next]!.ids[heads[next]!]! })
    heads[next]!++
  }
  return slice
}

export const runLength = (runs: readonly Run[]) => runs.reduce((n, run) => n + run.ids.length, 0)

/** Positions [start, start + count) of the lists one after the other (eligible, undecided, not eligible), each merged in name order. */
export function pageOf(lists: readonly (readonly Run[])[], start: number, count: number): RankedSubject[] {
  const page: RankedSubject[] = []
  for (const runs of lists) {
    const length = runLength(runs)
    if (start < length) page.push(...mergedSlice(runs, start, count - page.length))
    start = Math.max(0, start - length)
    if (page.length === count) break
  }
  return page
}
