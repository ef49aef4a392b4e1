// GET /api/statistics/forms/:form: a statistical form of a unit of the caller's subtree for a span of years, as
// XLSX. The cells and the total are counted by the database (statistics-forms.repository.ts); the workbook is
// written after the reads (no transaction is held while rendering).
import { findStatisticsForm } from '../../../shared/statistics-forms.ts'
import { notFound } from '../../http/errors.ts'
import { readDbOf, type UseCaseContext } from '../../http/route.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { fileResponse } from '../documents/file-response.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { XLSX_CONTENT_TYPE } from '../people/people-xlsx.ts'
import { formTable } from './form-rows.ts'
import { resolveScope } from './statistics-scope.ts'
import { countFormCells } from './statistics-forms.repository.ts'
import type { StatisticsQuery } from './statistics.schemas.ts'
import { formWorkbook, periodLabel } from './statistics-workbook.ts'

/** Who receives a province's forms: the ministry (the Central Emulation and Commendation Board within it). */
const MINISTRY = 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)'

export async function exportStatisticsForm(ctx: UseCaseContext, formId: string, query: StatisticsQuery): Promise<Response> {
  const form = findStatisticsForm(formId)
  if (!form) throw notFound('biểu mẫu thống kê')
  const db = readDbOf(ctx)
  const scope = await resolveScope(db, ctx, query)
  const { organization } = scope
  const [counted, identity, parent] = await Promise.all([
    countFormCells(db, form, scope),
    loadIssuerIdentity(db, scope.provinceId, organization),
    organization.parentId ? findOrganization(db, scope.provinceId, organization.parentId) : Promise.resolve(undefined),
  ])
  const bytes = await formWorkbook(form, formTable(form, counted), {
    reportingUnit: identity.formalName,
    receivingUnit: parent ? (await loadIssuerIdentity(db, scope.provinceId, parent)).formalName : MINISTRY,
    fromYear: scope.fromYear,
    toYear: scope.toYear,
    identity,
  })
  return fileResponse(bytes, XLSX_CONTENT_TYPE, `${form.number} - ${organization.name} - ${periodLabel(scope.fromYear, scope.toYear)}.xlsx`)
}
