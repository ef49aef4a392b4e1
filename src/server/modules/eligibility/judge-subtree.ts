// Every subject of one kind under a unit judged batch by batch (subtree-batches.ts): the server's thread reads a
// batch while the judging threads judge the ones before it, and reads no further while every thread is busy and one
// more batch waits, so memory holds at most a batch per thread and two more, whatever the subtree's size. A subtree
// of one batch (a commune, a school) is judged on the server's thread: it takes a fraction of a second, and starting
// judging threads (tens of megabytes each) for it would cost more than it saves.
import type { SharedQuestion, SubjectKind } from '../../../rules/index.ts'
import type { Db } from '../../db/client.ts'
import { loadHistoryRecordsJson } from '../history/load-subject-history.ts'
import { countSubjectsInSubtree, listSubjectsInSubtreeJson, type CollectiveFilter } from '../history/subjects.repository.ts'
import { judgeBatch, type BatchTask, type BatchVerdicts } from './judge-batch.ts'
import { JUDGE_THREADS, judgeOnThread } from './judge-pool.ts'
import { batchCountFor, idRanges, MAX_BATCH } from './subtree-batches.ts'

export interface Subtree {
  provinceId: string
  kind: SubjectKind
  scopePath: string
  collectives: CollectiveFilter
}

/** The verdicts of the subtree's subjects, batch after batch (of about `maxBatch` subjects at most). */
export async function judgeSubtree(db: Db, subtree: Subtree, question: SharedQuestion, maxBatch = MAX_BATCH): Promise<BatchVerdicts[]> {
  const { provinceId, kind, scopePath, collectives } = subtree
  const total = await countSubjectsInSubtree(db, provinceId, kind, scopePath, collectives)
  const results: BatchVerdicts[] = []
  const judging = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  const ranges = idRanges(batchCountFor(total, JUDGE_THREADS, maxBatch))
  const judge = ranges.length > 1 ? judgeOnThread : async (task: BatchTask) => judgeBatch(task)
  for (const [i, ids] of ranges.entries()) {
    while (judging.size > JUDGE_THREADS) await Promise.race(judging)
    if (failure) break
    const slice = { kind, scopePath, ids }
    const [subjects, records] = await Promise.all([listSubjectsInSubtreeJson(db, provinceId, slice, collectives), loadHistoryRecordsJson(db, provinceId, slice)])
    const done: Promise<void> = judge({ question, kind, subjects, records })
      .then((verdicts) => void (results[i] = verdicts), (error: unknown) => void (failure ??= { error }))
      .finally(() => judging.delete(done))
    judging.add(done)
  }
  await Promise.all(judging)
  if (failure) throw failure.error
  return results
}
