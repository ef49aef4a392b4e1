import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { subjectInScope } from '../history/subject-access.ts'
import { prepareAward, withWarnings, type AwardAnswer } from './award-input.ts'
import { createAwardBody, type CreateAwardInput } from './registry.schemas.ts'
import { findAward, insertAwards } from './registry.repository.ts'

/** Records a title or form a subject received (entered by hand), with warnings when it may duplicate another row. */
export async function createAward(ctx: UseCaseContext, input: CreateAwardInput): Promise<AwardAnswer> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const subject = await subjectInScope(tx, actor, 'history.write', input.subjectKind, input.subjectId, 'subjectId')
    const draft = {
      code: input.code ?? null, name: input.name ?? null, track: input.track ?? null, level: input.level ?? null, year: input.year,
      decisionNumber: input.decisionNumber ?? null, decisionDate: input.decisionDate ?? null, decisionIssuer: input.decisionIssuer ?? null,
      kind: input.kind ?? 'cong_trang', campaignId: input.campaignId ?? null, achievement: input.achievement ?? null,
    }
    const row = await prepareAward(tx, actor.provinceId, subject, draft, { id: randomUUID(), source: 'manual', schema: createAwardBody })
    await insertAwards(tx, actor.provinceId, [row])
    const created = (await findAward(tx, actor.provinceId, row.id))!
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'award_record', entityId: row.id, organizationId: created.organizationId,
      summary: `Ghi sổ khen thưởng của ${subject.name}: ${row.name} năm ${row.year}`, after: created,
    })
    return withWarnings(tx, actor.provinceId, created)
  })
}
