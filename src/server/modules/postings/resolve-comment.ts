// The officer records how a comment (góp ý) from the public was handled: verified, answered, the nomination
// corrected or withdrawn… Every comment must be resolved before the decision (posting-readiness.ts).
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadPosting } from './posting-access.ts'
import { postingDetail, type PostingDetail } from './posting-view.ts'
import { findComment, findPosting, markResolved } from './postings.repository.ts'

export async function resolveComment(ctx: UseCaseContext & { config: { publicUrl: string } }, postingId: string, commentId: string, input: { resolution: string }): Promise<PostingDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const posting = await loadPosting(tx, actor, postingId)
    const comment = await findComment(tx, actor.provinceId, postingId, commentId)
    if (!comment) throw notFound('góp ý')
    if (!(await markResolved(tx, actor.provinceId, postingId, commentId, input.resolution, actor.accountId))) {
      throw new AppError('CONFLICT', `Góp ý của «${comment.authorName}» đã được xử lý${comment.resolvedByName ? ` bởi ${comment.resolvedByName}` : ''}. Hãy tải lại để xem kết quả; nội dung bạn nhập chưa được lưu.`, {
        resolution: 'Kết quả xử lý: góp ý đã được xử lý trước đó',
      })
    }
    await recordAudit(tx, ctx, {
      action: 'resolve_comment', entity: 'public_comment', entityId: commentId, organizationId: posting.organizationId,
      summary: `Xử lý góp ý của «${comment.authorName}» về danh sách công khai «${posting.title}»`,
      before: { resolution: null }, after: { resolution: input.resolution },
    })
    return postingDetail(tx, actor.provinceId, (await findPosting(tx, actor.provinceId, postingId))!, ctx.config.publicUrl)
  })
}
