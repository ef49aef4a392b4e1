import { recordAudit } from '../../audit/record-audit.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { subjectInScope } from '../history/subject-access.ts'
import type { AwardDraft } from './award-rules.ts'
import { prepareAward, withWarnings, type AwardAnswer } from './award-input.ts'
import { updateAwardBody, type UpdateAwardInput } from './registry.schemas.ts'
import { findAward, updateAward as updateAwardRow } from './registry.repository.ts'

/** Edits a registry row (optimistic: the caller sends the version it read); the subject snapshot is refreshed. */
export async function updateAward(ctx: UseCaseContext, id: string, input: UpdateAwardInput): Promise<AwardAnswer> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findAward(tx, actor.provinceId, id)
    if (!current) throw notFound('bản ghi khen thưởng')
    const subject = await subjectInScope(tx, actor, 'history.write', current.subjectKind, current.subjectId)
    if (input.version !== current.version) throw staleVersion('Bản ghi khen thưởng')
    const pick = <F extends keyof AwardDraft>(field: F): AwardDraft[F] => (input[field] === undefined ? current[field] : input[field]) as AwardDraft[F]
    // A new code brings its own catalogue name and track unless they are given too.
    const recoded = input.code !== undefined && input.code !== current.code
    const draft: AwardDraft = {
      code: pick('code'), name: recoded && input.name === undefined ? null : pick('name'), track: recoded && input.track === undefined ? null : pick('track'),
      level: pick('level'), year: pick('year'), decisionNumber: pick('decisionNumber'), decisionDate: pick('decisionDate'), decisionIssuer: pick('decisionIssuer'),
      kind: pick('kind'), campaignId: pick('campaignId'), achievement: pick('achievement'),
    }
    const row = await prepareAward(tx, actor.provinceId, subject, draft, { id, source: current.source, schema: updateAwardBody })
    if (!(await updateAwardRow(tx, actor.provinceId, row, input.version))) throw staleVersion('Bản ghi khen thưởng')
    const updated = (await findAward(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'award_record', entityId: id, organizationId: updated.organizationId,
      summary: `Sửa sổ khen thưởng của ${subject.name}: ${row.name} năm ${row.year}`, before: current, after: updated,
    })
    return withWarnings(tx, actor.provinceId, updated)
  })
}
