import type { UseCaseContext } from '../../http/route.ts'
import { loadPosting } from './posting-access.ts'
import { postingDetail, type PostingDetail } from './posting-view.ts'

export async function getPosting(ctx: UseCaseContext & { config: { publicUrl: string } }, id: string): Promise<PostingDetail> {
  return postingDetail(ctx.db, ctx.actor.provinceId, await loadPosting(ctx.db, ctx.actor, id), ctx.config.publicUrl)
}
