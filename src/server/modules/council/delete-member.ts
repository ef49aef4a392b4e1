import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadCouncil } from './council-access.ts'
import { deleteMemberRow, findMember, memberIsRecorded } from './council.repository.ts'
import { assertNoOpenSession } from './member-changes.ts'

/** Deletes a member entered by mistake; one a session recorded stays (set inactive instead: the minutes name them). */
export async function deleteMember(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  const { actor } = ctx
  await ctx.db.transaction(async (tx) => {
    const current = await findMember(tx, actor.provinceId, id)
    if (!current) throw notFound('thành viên Hội đồng')
    const council = await loadCouncil(tx, actor, current.councilId, 'council.manage')
    if (version !== current.version) throw staleVersion(`Thành viên ${current.fullName}`)
    await assertNoOpenSession(tx, actor.provinceId, council)
    if (await memberIsRecorded(tx, actor.provinceId, id)) {
      throw new AppError('CONFLICT', `${current.fullName} đã có tên trong phiên họp của Hội đồng (điểm danh, biểu quyết hoặc ý kiến): không xóa được; hãy chuyển sang "Không còn là thành viên".`)
    }
    if (!(await deleteMemberRow(tx, actor.provinceId, id, version))) throw staleVersion(`Thành viên ${current.fullName}`)
    await recordAudit(tx, ctx, {
      action: 'delete', entity: 'council_member', entityId: id, organizationId: council.organizationId,
      summary: `Xóa ${current.fullName} khỏi ${council.name}`, before: current,
    })
  })
}
