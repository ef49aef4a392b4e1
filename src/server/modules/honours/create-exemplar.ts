import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import { assertCan } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { resolveExemplarInput } from './exemplar-input.ts'
import { EXEMPLAR_KINDS } from './exemplar-kinds.ts'
import { exemplarDetail, type ExemplarDetail } from './exemplar-view.ts'
import { findExemplar, insertExemplar, replaceExemplarAwards } from './honours.repository.ts'
import type { CreateExemplarInput } from './honours.schemas.ts'

/** A draft exemplar kept by an organization of the caller's subtree; nothing is public until it is published. */
export async function createExemplar(ctx: UseCaseContext, input: CreateExemplarInput): Promise<ExemplarDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const keeper = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!keeper) throw new AppError('VALIDATION', 'Đơn vị đăng: không tìm thấy đơn vị được chọn.', { organizationId: 'Đơn vị đăng: không tìm thấy đơn vị được chọn' })
    assertCan(actor, 'honour.manage', keeper.path)
    const { write, awardRecordIds } = await resolveExemplarInput(tx, actor, keeper, input)
    const id = randomUUID()
    await insertExemplar(tx, actor.provinceId, { ...write, id, organizationId: keeper.id, createdBy: actor.accountId })
    await replaceExemplarAwards(tx, actor.provinceId, id, awardRecordIds)
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'exemplar', entityId: id, organizationId: keeper.id,
      summary: `${keeper.name} lập dự thảo gương ${EXEMPLAR_KINDS[write.kind].toLowerCase()}: ${write.subjectName} — «${write.title}»`,
      after: { ...write, awardRecordIds },
    })
    return exemplarDetail(tx, actor.provinceId, (await findExemplar(tx, actor.provinceId, id))!)
  })
}
