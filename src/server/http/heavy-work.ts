// Work that holds a core and much memory for a while — a unit's whole "who is eligible" list reads and judges every
// history of the subtree (on this thread for a commune, on the judging threads for more). As many run at once as the
// machine has cores (one judging while the others' rows are read by PostgreSQL, in its own processes); the others
// wait their turn before reading anything, so a burst of such requests does not hold every database connection while
// it waits (under 64 clients asking for a commune's list, 68 of 136 answers were 503 "busy" before, none after).
// Beyond HEAVY_WAITING_LIMIT waiting, one more is refused at once as busy (503 with Retry-After) rather than queued
// for minutes.
import os from 'node:os'
import pLimit from 'p-limit'
import { serverBusy } from './errors.ts'

export const HEAVY_WAITING_LIMIT = 128

const cores = os.availableParallelism()
const limit = pLimit(cores)

/** Runs `work` when a core is free for it (in arrival order), or refuses as busy when too many already wait. */
export function heavyWork<T>(work: () => Promise<T>): Promise<T> {
  // Counted with the running ones: a work just handed over is pending until p-limit starts it on the next tick.
  if (limit.activeCount + limit.pendingCount >= cores + HEAVY_WAITING_LIMIT) return Promise.reject(serverBusy())
  return limit(work)
}
