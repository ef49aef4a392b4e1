// A limit on how fast one client address may read the public pages (honour board, posted lists), like the limit
// on public comments: a fixed window per address, one limiter per app configuration (separate app instances
// never share counts). Photos have their own, larger allowance: a page of the board shows a dozen of them.
import { RateLimiter } from '../auth/rate-limit.ts'
import type { Config } from '../config.ts'
import { AppError } from './errors.ts'
import type { PublicContext } from './route.ts'

export const PUBLIC_READ_LIMITS = { pages: 120, photos: 600 } as const
const WINDOW_MS = 60_000
export type PublicReadBucket = keyof typeof PUBLIC_READ_LIMITS

const limiters = new WeakMap<Config, Record<PublicReadBucket, RateLimiter>>()

function limiterFor(config: Config, bucket: PublicReadBucket): RateLimiter {
  let set = limiters.get(config)
  if (!set) {
    set = { pages: new RateLimiter(PUBLIC_READ_LIMITS.pages, WINDOW_MS), photos: new RateLimiter(PUBLIC_READ_LIMITS.photos, WINDOW_MS) }
    limiters.set(config, set)
  }
  return set[bucket]
}

/** Counts one public read; refuses with a Vietnamese 429 beyond the allowance of the minute. */
export function limitPublicReads(ctx: Pick<PublicContext, 'config' | 'clientAddress'>, bucket: PublicReadBucket): void {
  const wait = limiterFor(ctx.config, bucket).hit(`${bucket}|${ctx.clientAddress}`)
  if (wait > 0) throw new AppError('RATE_LIMITED', `Bạn đã mở quá nhiều trang trong thời gian ngắn. Hãy thử lại sau ${wait} giây.`)
}
