// How a "who is eligible" list splits a subtree: into batches of subjects whose ids lie in one range, judged one
// per thread (judge-subtree.ts), so a province of half a million people never has all its histories in memory at
// once and every core judges. Ids are random (UUID v4), so equal ranges of the id space hold about as many subjects
// each; a batch reads each history table over its range on the (province, subject) index, so the batches of a list
// read each table about once between them. Pure.
import type { IdRange } from '../history/subtree-slice.repository.ts'

/** About the most subjects a batch holds: its histories, read and judged, stay within a few tens of megabytes. */
export const MAX_BATCH = 20_000

/**
 * Batches each thread is given, when the subtree is large enough that each still holds a quarter of MAX_BATCH: the batch
 * read last is then a small part of the work, so the threads are not left waiting on it (with one batch per thread,
 * a province of 100,000 people took a fifth longer).
 */
export const BATCHES_PER_THREAD = 6

/** How many batches for `total` subjects on `threads` threads: one up to `maxBatch`, else a multiple of the threads. */
export function batchCountFor(total: number, threads: number, maxBatch = MAX_BATCH): number {
  if (total <= maxBatch) return 1
  const enough = Math.min(threads * BATCHES_PER_THREAD, Math.floor(total / (maxBatch / 4)))
  return Math.ceil(Math.max(Math.ceil(total / maxBatch), enough) / threads) * threads
}

const ID_SPACE = 2n ** 128n
const asUuid = (n: bigint) => n.toString(16).padStart(32, '0').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')

/** The id space cut into `count` equal ranges, in order, together covering every id. */
export function idRanges(count: number): IdRange[] {
  const start = (i: number) => (ID_SPACE * BigInt(i)) / BigInt(count)
  return Array.from({ length: count }, (_, i) => ({ from: asUuid(start(i)), to: asUuid(start(i + 1) - 1n) }))
}
