// A comment (góp ý) from the public on a posted list, while the posting is open. No account: bounded
// lengths, a honeypot field robots fill in (their comment is dropped without telling them), and a limit
// per client address and posting. The comment reaches the officer, who must resolve it before the decision.
import { randomUUID } from 'node:crypto'
import { vietnameseDate } from '../../../shared/campaign-plan-checks.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { RateLimiter } from '../../auth/rate-limit.ts'
import type { Config } from '../../config.ts'
import { AppError } from '../../http/errors.ts'
import type { PublicContext } from '../../http/route.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { postingPhase } from './posting-phase.ts'
import { loadPublicPosting } from './public-posting.ts'
import { findPostingItems, insertComment } from './postings.repository.ts'
import type { PublicCommentInput } from './postings.schemas.ts'

export const COMMENT_LIMIT = 5
const COMMENT_WINDOW_MS = 10 * 60_000
export const COMMENT_RECEIVED = 'Đã nhận góp ý của bạn. Cơ quan công khai danh sách sẽ xem xét và xử lý trước khi quyết định khen thưởng.'

// One limiter per app configuration (as for sign-in), so separate app instances never share counts.
const limiters = new WeakMap<Config, RateLimiter>()
function limiterFor(config: Config): RateLimiter {
  let limiter = limiters.get(config)
  if (!limiter) limiters.set(config, (limiter = new RateLimiter(COMMENT_LIMIT, COMMENT_WINDOW_MS)))
  return limiter
}

export async function submitPublicComment(ctx: PublicContext, postingId: string, input: PublicCommentInput, today = todayInVietnam()): Promise<{ message: string }> {
  const posting = await loadPublicPosting(ctx.db, postingId)
  const phase = postingPhase(posting, today)
  if (phase === 'upcoming') throw new AppError('CONFLICT', `Danh sách chưa đến thời gian nhận góp ý: công khai từ ngày ${vietnameseDate(posting.startsOn)}.`)
  if (phase === 'closed') throw new AppError('CONFLICT', `Đã hết thời gian nhận góp ý: danh sách công khai đến hết ngày ${vietnameseDate(posting.endsOn)}.`)
  const wait = limiterFor(ctx.config).hit(`${ctx.clientAddress}|${postingId}`)
  if (wait > 0) throw new AppError('RATE_LIMITED', `Bạn đã gửi quá nhiều góp ý cho danh sách này. Hãy thử lại sau ${Math.ceil(wait / 60)} phút.`)
  if (input.website) return { message: COMMENT_RECEIVED }
  if (input.nominationId) {
    const items = await findPostingItems(ctx.db, posting.provinceId, postingId)
    if (!items.some((i) => i.nominationId === input.nominationId)) {
      const message = 'Đối tượng góp ý: không có trong danh sách công khai này'
      throw new AppError('VALIDATION', message, { nominationId: message })
    }
  }
  await ctx.db.transaction(async (tx) => {
    await insertComment(tx, posting.provinceId, {
      id: randomUUID(), postingId, nominationId: input.nominationId ?? null, authorName: input.authorName, authorContact: input.authorContact ?? null, content: input.content,
    })
    await notifyOrganization(tx, posting.provinceId, posting.organizationId, { kind: 'posting.comment_received', title: `Góp ý mới về danh sách công khai «${posting.title}»`, body: `${input.authorName}: ${input.content}`, link: `/cong-khai-danh-sach/${postingId}`, audience: 'managers' })
  })
  return { message: COMMENT_RECEIVED }
}
