// Every subject of one kind under a unit judged batch by batch (subtree-batches.ts): a batch is read (one statement,
// subtree-slice.repository.ts) and handed to a judging thread, and as many batches as there are threads, and one more,
// are in hand at once, so the next batch is read while the others are judged and memory holds at most a batch per
// thread and one more, whatever the subtree's size. A subtree of one batch (a commune, a school) is judged on the
// server's thread: it takes a fraction of a second, and starting judging threads (tens of megabytes each) for it
// would cost more than it saves.
import pLimit from 'p-limit'
import type { SharedQuestion, SubjectKind } from '../../../rules/index.ts'
import type { Db } from '../../db/client.ts'
import { countSubjectsInSubtree, type CollectiveFilter } from '../history/subjects.repository.ts'
import { readSliceJson } from '../history/subtree-slice.repository.ts'
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
  const ranges = idRanges(batchCountFor(total, JUDGE_THREADS, maxBatch))
  const judge = ranges.length > 1 ? judgeOnThread : async (task: BatchTask) => judgeBatch(task)
  const inHand = pLimit(JUDGE_THREADS + 1)
  try {
    return await Promise.all(ranges.map((ids) => inHand(async () => judge({ question, kind, ...(await readSliceJson(db, provinceId, { kind, scopePath, ids, collectives })) }))))
  } finally {
    inHand.clearQueue() // after a failure, the batches not begun are not read
  }
}
