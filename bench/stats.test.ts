import { expect, it } from 'vitest'
import { percentile, timeRuns } from './stats.ts'

it('takes nearest-rank percentiles', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
  expect(percentile(sorted, 50)).toBe(50)
  expect(percentile(sorted, 99)).toBe(99)
  expect(percentile([7], 99)).toBe(7)
})

it('times each run', async () => {
  const timing = await timeRuns(3, async () => {})
  expect(timing.runs).toBe(3)
  expect(timing.p99).toBeGreaterThanOrEqual(timing.p50)
})
