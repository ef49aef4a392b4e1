// The threads that judge the batches of "who is eligible" lists, one per core: validating and judging every
// history of a province is the server's heaviest computation, and on the server's own thread it would hold every
// other request (and use one core of several). Started on the first list that needs them; a thread idle for a minute
// ends (an idle thread never keeps the process alive).
import os from 'node:os'
import { Piscina } from 'piscina'
import type { BatchTask, BatchVerdicts } from './judge-batch.ts'

export const JUDGE_THREADS = os.availableParallelism()

let pool: Piscina<BatchTask, BatchVerdicts> | undefined

export function judgeOnThread(task: BatchTask): Promise<BatchVerdicts> {
  pool ??= new Piscina({ filename: new URL('./judge-worker.mjs', import.meta.url).href, minThreads: 0, maxThreads: JUDGE_THREADS, idleTimeout: 60_000 })
  return pool.run(task)
}
