// Publishing puts the exemplar on the public board (/vinh-danh); withdrawing takes it off with the reason.
// Luật TĐKT 2022, Điều 5 khoản 2: commendation is public and transparent; the audit keeps who did either and when.
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { exemplarLabel, loadExemplar } from './exemplar-access.ts'
import { exemplarDetail, type ExemplarDetail } from './exemplar-view.ts'
import { findExemplar, markPublished, markWithdrawn } from './honours.repository.ts'

export async function publishExemplar(ctx: UseCaseContext, id: string, version: number): Promise<ExemplarDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadExemplar(tx, actor, id)
    if (version !== current.version) throw staleVersion(exemplarLabel(current))
    if (current.status === 'published') throw new AppError('CONFLICT', `${exemplarLabel(current)} đang được công bố.`)
    if (!(await markPublished(tx, actor.provinceId, id, actor.accountId, version))) throw staleVersion(exemplarLabel(current))
    await recordAudit(tx, ctx, {
      action: 'publish', entity: 'exemplar', entityId: id, organizationId: current.organizationId,
      summary: `Công bố ${exemplarLabel(current).toLowerCase()} lên bảng vinh danh`,
      before: { status: current.status, withdrawnReason: current.withdrawnReason, version },
      after: { status: 'published', version: version + 1 },
    })
    return exemplarDetail(tx, actor.provinceId, (await findExemplar(tx, actor.provinceId, id))!)
  })
}

export async function withdrawExemplar(ctx: UseCaseContext, id: string, input: { version: number; reason: string }): Promise<ExemplarDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadExemplar(tx, actor, id)
    if (input.version !== current.version) throw staleVersion(exemplarLabel(current))
    if (current.status !== 'published') throw new AppError('CONFLICT', `${exemplarLabel(current)} không đang được công bố nên không gỡ được.`)
    if (!(await markWithdrawn(tx, actor.provinceId, id, actor.accountId, input.reason, input.version))) throw staleVersion(exemplarLabel(current))
    await recordAudit(tx, ctx, {
      action: 'withdraw', entity: 'exemplar', entityId: id, organizationId: current.organizationId,
      summary: `Gỡ ${exemplarLabel(current).toLowerCase()} khỏi bảng vinh danh: ${input.reason}`,
      before: { status: current.status, version: input.version },
      after: { status: 'withdrawn', reason: input.reason, version: input.version + 1 },
    })
    return exemplarDetail(tx, actor.provinceId, (await findExemplar(tx, actor.provinceId, id))!)
  })
}
