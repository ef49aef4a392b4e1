import { describe, expect, it } from 'vitest'
import { batchCountFor, idRanges, MAX_BATCH } from './subtree-batches.ts'

describe('splitting a subtree into batches', () => {
  it('keeps a subtree of up to MAX_BATCH subjects in one batch, and splits a larger one into a multiple of the threads', () => {
    expect(batchCountFor(0, 2)).toBe(1)
    expect(batchCountFor(MAX_BATCH, 2)).toBe(1)
    expect(batchCountFor(MAX_BATCH + 1, 2)).toBe(2)
    expect(batchCountFor(100_000, 2)).toBe(6)
    expect(batchCountFor(500_000, 4)).toBe(28)
    expect(batchCountFor(100_000, 1)).toBe(5)
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
