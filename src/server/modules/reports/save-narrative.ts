// The officer writes the narrative of the level's compiled report (for a plan's period, or for a range of years):
// created on the first save, then changed with its version; audited.
import { randomUUID } from 'node:crypto'
import type { Narrative } from '../../../shared/reports.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { assertCan } from '../../auth/policy.ts'
import { fromDatabaseError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadLevel, savedNarrative, type SavedNarrative } from './compile-report.ts'
import { findPeriod, loadReportingPlan } from './report-campaign.ts'
import { findNarrative, insertNarrative, updateNarrative, type NarrativeKey } from './reports.repository.ts'
import type { SaveCompiledNarrativeInput, SaveSummaryNarrativeInput } from './reports.schemas.ts'

async function save(ctx: UseCaseContext, key: NarrativeKey, label: string, version: number | null, sections: Narrative): Promise<SavedNarrative> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findNarrative(tx, actor.provinceId, key)
    if ((current?.version ?? null) !== version) throw staleVersion(label)
    if (current) {
      if (!(await updateNarrative(tx, actor.provinceId, current.id, sections, actor.accountId, current.version))) throw staleVersion(label)
    } else {
      await insertNarrative(tx, actor.provinceId, randomUUID(), key, sections, actor.accountId).catch((error: unknown) => {
        throw fromDatabaseError(error, { report_narratives_campaign: { field: 'version', message: `${label} vừa được người khác lưu` }, report_narratives_years: { field: 'version', message: `${label} vừa được người khác lưu` } })
      })
    }
    const saved = (await findNarrative(tx, actor.provinceId, key))!
    await recordAudit(tx, ctx, {
      action: current ? 'update' : 'create', entity: 'report_narrative', entityId: saved.id, organizationId: key.organizationId,
      summary: `Viết nội dung ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
      ...(current ? { before: { sections: current.sections, version: current.version } } : {}),
      after: { sections, version: saved.version },
    })
    return savedNarrative(saved)
  })
}

export async function saveCompiledNarrative(ctx: UseCaseContext, input: SaveCompiledNarrativeInput): Promise<SavedNarrative> {
  const level = await loadLevel(ctx, input.organizationId)
  assertCan(ctx.actor, 'report.compile', level.path)
  const plan = await loadReportingPlan(ctx.db, ctx.actor, input.campaignId)
  const period = findPeriod(plan, input.periodId)
  const key: NarrativeKey = { kind: 'campaign', organizationId: level.id, campaignId: plan.campaign.id, periodId: period.id }
  return save(ctx, key, `Báo cáo ${period.name.toLowerCase()} của ${level.name}`, input.version, input.sections)
}

export async function saveSummaryNarrative(ctx: UseCaseContext, input: SaveSummaryNarrativeInput): Promise<SavedNarrative> {
  const level = await loadLevel(ctx, input.organizationId)
  assertCan(ctx.actor, 'report.compile', level.path)
  const key: NarrativeKey = { kind: 'years', organizationId: level.id, yearFrom: input.yearFrom, yearTo: input.yearTo }
  return save(ctx, key, `Báo cáo tổng kết giai đoạn ${input.yearFrom} - ${input.yearTo} của ${level.name}`, input.version, input.sections)
}
