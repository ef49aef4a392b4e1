// The rows of a proposal or an achievement report the officer chose after review, created as nomination
// drafts in one transaction through the nominations' own path (insertNewNomination: the checks, the
// deciding authority and the eligibility snapshot), with one audit entry naming the file. A nominating
// unit or a subject outside the caller's scope refuses everything; a row the nominations refuse for a
// business reason (a title not for this subject, the same proposal already made…) is skipped with the
// reason, its partial writes undone by a savepoint.
import { CATALOGUE } from '../../../rules/index.ts'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { subjectInScope } from '../history/subject-access.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { insertNewNomination } from '../nominations/create-nomination.ts'
import { nominationDetail } from '../nominations/nomination-view.ts'
import { findNomination } from '../nominations/nominations.repository.ts'
import type { ApplyNominationInput } from './imports.schemas.ts'

export interface CreatedNomination {
  /** The row's position in the request. */
  index: number
  id: string
  subjectName: string
  target: string
  targetShort: string
  eligible: boolean | null
}

export interface AppliedNomination {
  created: CreatedNomination[]
  skipped: { index: number; reason: string }[]
}

const BUSINESS = new Set(['VALIDATION', 'DUPLICATE', 'CONFLICT'])

export async function applyNomination(ctx: UseCaseContext, input: ApplyNominationInput): Promise<AppliedNomination> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.provinceId, input.nominatingOrganizationId)
    if (!organization) throw new AppError('VALIDATION', 'Đơn vị đề nghị: không tồn tại', { nominatingOrganizationId: 'Đơn vị đề nghị: không tồn tại' })
    assertCan(actor, 'nomination.write', organization.path)
    const subjects = []
    for (const [i, row] of input.rows.entries()) subjects.push(await subjectInScope(tx, actor, 'nomination.write', row.subjectKind, row.subjectId, `rows.${i}.subjectId`))
    const created: CreatedNomination[] = []
    const skipped: AppliedNomination['skipped'] = []
    for (const [index, row] of input.rows.entries()) {
      await tx.query('SAVEPOINT import_nomination')
      try {
        const written = await insertNewNomination(tx, actor, {
          campaignId: input.campaignId ?? null, year: input.year, nominatingOrganizationId: organization.id,
          subjectKind: row.subjectKind, subjectId: row.subjectId, target: row.target, achievement: row.achievement,
        })
        await tx.query('RELEASE SAVEPOINT import_nomination')
        const detail = await nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, written.id))!)
        created.push({ index, id: written.id, subjectName: written.subjectName, target: row.target, targetShort: detail.targetShort, eligible: detail.eligible })
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT import_nomination')
        if (!(error instanceof AppError) || !BUSINESS.has(error.code)) throw error
        skipped.push({ index, reason: `${subjects[index]!.name}: ${Object.values(error.fields ?? {}).join('; ') || error.message}` })
      }
    }
    if (created.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'import', entity: 'nomination', entityId: null, organizationId: organization.id,
        summary: `${organization.name} lập ${created.length} dự thảo đề nghị khen thưởng năm ${input.year} từ tệp "${input.fileName}"`,
        after: {
          fileName: input.fileName, campaignId: input.campaignId ?? null, year: input.year,
          nominations: created.map((c) => ({ id: c.id, subjectName: c.subjectName, target: c.target, name: CATALOGUE[c.target as keyof typeof CATALOGUE].name })),
          skipped,
        },
      })
    }
    return { created, skipped }
  })
}
