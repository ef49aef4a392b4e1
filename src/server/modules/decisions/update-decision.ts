// Changes a draft decision (with its version): the header fields, and the lines when a new list is given
// (lines left out are removed, the order given is the annex order). The amounts are taken again on the
// decision date; a line that may not be decided by this organization refuses the change.
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { campaignExists } from '../registry/registry.repository.ts'
import { loadDecision } from './decision-access.ts'
import { assessLines, refuseProblems } from './decision-lines.ts'
import { decisionDetail, decisionReferenceText, type DecisionDetail } from './decision-view.ts'
import { findDecision, listLines, replaceLines, updateDecision as saveDecision } from './decisions.repository.ts'
import type { UpdateDecisionInput } from './decisions.schemas.ts'

export async function updateDecision(ctx: UseCaseContext, id: string, input: UpdateDecisionInput): Promise<DecisionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadDecision(tx, actor, id, 'decision.write')
    if (current.status !== 'draft') throw new AppError('CONFLICT', `${decisionReferenceText(current)} đã ban hành: không sửa được.`)
    if (current.version !== input.version) throw staleVersion(`Dự thảo quyết định «${current.title}»`)
    const campaignId = input.campaignId === undefined ? current.campaignId : input.campaignId
    if (campaignId && campaignId !== current.campaignId && !(await campaignExists(tx, actor.provinceId, campaignId))) {
      throw new AppError('VALIDATION', 'Kế hoạch thi đua: không tồn tại', { campaignId: 'Kế hoạch thi đua: không tồn tại' })
    }
    const before = await decisionDetail(tx, actor.provinceId, current)
    const fields = {
      campaignId,
      year: input.year ?? current.year,
      title: input.title ?? current.title,
      bases: input.bases ?? current.bases,
      decisionDate: input.decisionDate ?? current.decisionDate,
      signingForm: input.signingForm ?? current.signingForm,
      signerName: input.signerName ?? current.signerName,
      signerTitle: input.signerTitle ?? current.signerTitle,
    }
    const ids = input.nominationIds ?? (await listLines(tx, actor.provinceId, id)).map((l) => l.nominationId)
    const lines = await assessLines(tx, actor.provinceId, { id, organizationId: current.organizationId, organizationName: current.organizationName, decisionDate: fields.decisionDate }, ids)
    if (input.nominationIds) {
      const added = new Set(input.nominationIds.filter((n) => !before.lines.some((l) => l.nominationId === n)))
      refuseProblems(lines.filter((l) => added.has(l.nomination.id)), (l) => l.blocking, 'Không thể đưa vào quyết định')
    }
    if (!(await saveDecision(tx, actor.provinceId, id, fields, input.version))) throw staleVersion(`Dự thảo quyết định «${current.title}»`)
    await replaceLines(tx, actor.provinceId, id, lines.map((l) => l.amount))
    const after = await decisionDetail(tx, actor.provinceId, (await findDecision(tx, actor.provinceId, id))!)
    const brief = (d: DecisionDetail) => ({ ...d, lines: d.lines.map((l) => ({ nominationId: l.nominationId, amount: l.amount, paid: l.paid })) })
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'award_decision', entityId: id, organizationId: current.organizationId,
      summary: `Sửa dự thảo quyết định «${after.title}»: ${after.lines.length} trường hợp`, before: brief(before), after: brief(after),
    })
    return after
  })
}
