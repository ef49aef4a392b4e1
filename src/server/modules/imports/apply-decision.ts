// The rows of an award decision the officer chose after review, written to the award registry in one
// transaction through the registry's own path (prepareAward: catalogue defaults and the checks against
// the subject; insertAwards), with one audit entry naming the file and the count. A chosen subject
// outside the caller's scope refuses the whole decision; a row the registry's checks refuse, or one
// already recorded (the same decision applied again), is skipped with the reason.
import { randomUUID } from 'node:crypto'
import { foldAccents } from '../../../shared/vietnamese.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { subjectInScope } from '../history/subject-access.ts'
import type { Subject } from '../history/subjects.repository.ts'
import { prepareAward } from '../registry/award-input.ts'
import type { AwardDraft } from '../registry/award-rules.ts'
import { createAwardBody } from '../registry/registry.schemas.ts'
import { insertAwards, listAwardsOfSubjects, type AwardWrite } from '../registry/registry.repository.ts'
import type { ApplyDecisionInput } from './imports.schemas.ts'

export interface AppliedDecision {
  inserted: number
  skipped: { index: number; reason: string }[]
}

type Recorded = Pick<AwardWrite, 'subjectId' | 'code' | 'name' | 'year' | 'decisionNumber'>

/** The same title or form, for the same year, by the same decision, already recorded for the subject. */
function alreadyRecorded(draft: AwardDraft & { name: string }, subjectId: string, recorded: readonly Recorded[]): Recorded | undefined {
  const sameForm = (r: Recorded) => (draft.code || r.code ? draft.code === r.code : foldAccents(draft.name) === foldAccents(r.name))
  const sameDecision = (r: Recorded) => foldAccents(draft.decisionNumber ?? '') === foldAccents(r.decisionNumber ?? '')
  return recorded.find((r) => r.subjectId === subjectId && r.year === draft.year && sameForm(r) && sameDecision(r))
}

export async function applyDecision(ctx: UseCaseContext, input: ApplyDecisionInput): Promise<AppliedDecision> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const subjects: Subject[] = []
    for (const [i, row] of input.rows.entries()) subjects.push(await subjectInScope(tx, actor, 'history.write', row.subjectKind, row.subjectId, `rows.${i}.subjectId`))
    const recorded: Recorded[] = await listAwardsOfSubjects(tx, actor.provinceId, [...new Set(subjects.map((s) => s.id))])
    const writes: AwardWrite[] = []
    const skipped: AppliedDecision['skipped'] = []
    for (const [i, row] of input.rows.entries()) {
      const subject = subjects[i]!
      const draft: AwardDraft = {
        code: row.code ?? null, name: row.name ?? null, track: row.track ?? null, level: row.level ?? null, year: row.year,
        decisionNumber: input.decision.number ?? null, decisionDate: input.decision.date ?? null, decisionIssuer: input.decision.issuer ?? null,
        kind: row.kind ?? 'cong_trang', campaignId: null, achievement: null,
      }
      try {
        const write = await prepareAward(tx, actor.provinceId, subject, draft, { id: randomUUID(), source: 'import', schema: createAwardBody })
        const same = alreadyRecorded({ ...draft, name: write.name }, subject.id, [...recorded, ...writes])
        if (same) skipped.push({ index: row.index, reason: `${subject.name} đã có «${same.name}» năm ${same.year}${same.decisionNumber ? ` theo quyết định số ${same.decisionNumber}` : ''} trong sổ khen thưởng` })
        else writes.push(write)
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'VALIDATION') throw error
        skipped.push({ index: row.index, reason: `${subject.name}: ${Object.values(error.fields ?? {}).join('; ') || error.message}` })
      }
    }
    await insertAwards(tx, actor.provinceId, writes)
    if (writes.length > 0) {
      const decision = input.decision.number ? `quyết định số ${input.decision.number}` : 'quyết định không số'
      await recordAudit(tx, ctx, {
        action: 'import', entity: 'award_record', entityId: null, organizationId: actor.organizationId,
        summary: `Ghi ${writes.length} khen thưởng vào sổ từ ${decision} (tệp "${input.fileName}")`,
        after: {
          fileName: input.fileName, decision: input.decision,
          records: writes.map((w) => ({ id: w.id, subjectKind: w.subjectKind, subjectId: w.subjectId, subjectName: w.subjectName, code: w.code, name: w.name, year: w.year })),
          skipped,
        },
      })
    }
    return { inserted: writes.length, skipped }
  })
}
