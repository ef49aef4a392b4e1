import { describe, expect, it } from 'vitest'
import { BATCHES_PER_THREAD, batchCountFor, idRanges, MAX_BATCH } from './subtree-batches.ts'

describe('splitting a subtree into batches', () => {
  it('keeps a subtree of up to MAX_BATCH subjects in one batch, and splits a larger one into a multiple of the threads', () => {
    expect(batchCountFor(0, 2)).toBe(1)
    expect(batchCountFor(MAX_BATCH, 2)).toBe(1)
    expect(batchCountFor(500_000, 4)).toBe(28) // 25 of MAX_BATCH, rounded up to a multiple of 4
    expect(batchCountFor(600_000, 2)).toBe(30)
  })

  it('gives each thread several batches when they still hold a quarter of MAX_BATCH each', () => {
    expect(batchCountFor(100_000, 2)).toBe(2 * BATCHES_PER_THREAD)
    expect(batchCountFor(100_000, 1)).toBe(BATCHES_PER_THREAD)
    expect(batchCountFor(MAX_BATCH + 1, 2)).toBe(4) // no batch under a quarter of MAX_BATCH
    expect(batchCountFor(2 * MAX_BATCH, 8)).toBe(8) // one per thread: more would make them smaller than that
    for (const [total, threads] of [[30_000, 2], [250_000, 4], [1_000_000, 8]] as const) {
      const count = batchCountFor(total, threads)
      expect(count % threads).toBe(0)
      expect(total / count).toBeLessThanOrEqual(MAX_BATCH)
    }
  })

  it('cuts the id space into ranges that follow each other without gap or overlap and cover every id', () => {
    expect(idRanges(1)).toEqual([{ from: '00000000-0000-0000-0000-000000000000', to: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }])
    expect(idRanges(4).map((r) => [r.from.slice(0, 8), r.to.slice(0, 8)])).toEqual([
      ['00000000', '3fffffff'],
      ['40000000', '7fffffff'],
      ['80000000', 'bfffffff'],
      ['c0000000', 'ffffffff'],
    ])
    const ranges = idRanges(7)
    const asNumber = (uuid: string) => BigInt(`0x${uuid.replaceAll('-', '')}`)
    for (const [i, range] of ranges.entries()) {
      expect(range.from).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      expect(asNumber(range.from) <= asNumber(range.to)).toBe(true)
      if (i > 0) expect(asNumber(range.from)).toBe(asNumber(ranges[i - 1]!.to) + 1n)
    }
    expect(ranges.at(-1)!.to).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff')
  })
})
