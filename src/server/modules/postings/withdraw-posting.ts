// The officer withdraws (thu hồi) a posting: it leaves the public page and no longer counts for a decision.
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadPosting } from './posting-access.ts'
import { postingDetail, type PostingDetail } from './posting-view.ts'
import { findPosting, markWithdrawn } from './postings.repository.ts'

export async function withdrawPosting(ctx: UseCaseContext & { config: { publicUrl: string } }, id: string, input: { version: number; reason: string }): Promise<PostingDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const posting = await loadPosting(tx, actor, id)
    const label = `Danh sách công khai «${posting.title}»`
    if (posting.withdrawnAt) throw new AppError('CONFLICT', `${label} đã được thu hồi trước đó.`)
    if (!(await markWithdrawn(tx, actor.provinceId, id, input.version))) throw staleVersion(label)
    await recordAudit(tx, ctx, {
      action: 'withdraw', entity: 'public_posting', entityId: id, organizationId: posting.organizationId,
      summary: `Thu hồi danh sách công khai «${posting.title}» (${input.reason})`,
      before: { withdrawnAt: null, version: posting.version }, after: { reason: input.reason, version: posting.version + 1 },
    })
    return postingDetail(tx, actor.provinceId, (await findPosting(tx, actor.provinceId, id))!, ctx.config.publicUrl)
  })
}
