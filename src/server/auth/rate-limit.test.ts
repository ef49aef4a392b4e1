import { expect, it } from 'vitest'
import { RateLimiter } from './rate-limit.ts'

it('allows the limit, then asks to wait until the window resets', () => {
  let now = 0
  const limiter = new RateLimiter(3, 60_000, () => now)
  expect([limiter.hit('ip'), limiter.hit('ip'), limiter.hit('ip')]).toEqual([0, 0, 0])
  expect(limiter.hit('ip')).toBe(60)
  expect(limiter.hit('other')).toBe(0)
  now = 60_000
  expect(limiter.hit('ip')).toBe(0)
})
