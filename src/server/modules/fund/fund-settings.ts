// The province's fund rules (the movement share and the allocation rate, each with its citation — law.md §6.4
// marks the ND 152 wording of the 20% rule unconfirmed, so both are settings) and an organization-year's
// recurrent spending, from which the allocation's ceiling follows. Both edits are optimistic (version).
import { recordAudit } from '../../audit/record-audit.ts'
import { can } from '../../../shared/roles.ts'
import { assertCan, inScope } from '../../auth/policy.ts'
import { AppError, forbidden, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { allocationCap, formatShare, formatVnd } from '../../../shared/fund.ts'
import { findProvince } from '../eligibility/eligibility.repository.ts'
import { fundLabel, loadFundOrganization } from './fund-access.ts'
import { fundSummary, type FundSummary } from './fund-summary.ts'
import { findSettings, lockOrganizationYears, saveSettings, updateRecurrentSpending, type FundSettings } from './fund.repository.ts'
import type { SettingsInput, YearSettingsInput } from './fund.schemas.ts'

/** The settings, and whether the caller may change them: an account of the province's root unit with fund.write that may configure rules. */
export async function getFundSettings(ctx: UseCaseContext): Promise<FundSettings & { canConfigure: boolean }> {
  const { actor } = ctx
  assertCan(actor, 'fund.read')
  const [settings, province] = await Promise.all([findSettings(ctx.db, actor.provinceId), findProvince(ctx.db, actor.provinceId)])
  const canConfigure = can(actor, 'fund.write') && can(actor, 'rules.configure') && province.rootPath !== null && inScope(actor, province.rootPath)
  return { ...settings, canConfigure }
}

/** Only an account of the province's root unit that may configure rules changes them. */
export async function saveFundSettings(ctx: UseCaseContext, input: SettingsInput): Promise<FundSettings> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const province = await findProvince(tx, actor.provinceId)
    if (!province.rootPath) throw forbidden('Tỉnh chưa có đơn vị gốc để gắn quy định.')
    assertCan(actor, 'rules.configure', province.rootPath)
    const before = await findSettings(tx, actor.provinceId)
    const { version, ...values } = input
    if (!(await saveSettings(tx, actor.provinceId, values, version))) throw staleVersion('Quy định về quỹ thi đua, khen thưởng')
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'fund_settings', entityId: null, organizationId: province.rootId,
      summary: `Quy định về quỹ thi đua, khen thưởng: chi tổ chức phong trào tối đa ${formatShare(values.movementShare)} (${values.movementShareCitation}); `
        + `ngân sách cấp tối đa ${formatShare(values.allocationRate)} tổng chi thường xuyên (${values.allocationRateCitation})`,
      before: before.stored ? before : undefined,
      after: values,
    })
    return findSettings(tx, actor.provinceId)
  })
}

export async function setRecurrentSpending(ctx: UseCaseContext, input: YearSettingsInput): Promise<FundSummary> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await loadFundOrganization(tx, actor, input.organizationId, 'fund.write')
    const year = await lockOrganizationYears(tx, actor.provinceId, organization.id, input.year)
    // A year row the lock has just created has version 1; the page sent 0 because it saw no row.
    const expected = input.version === 0 && year.recurrentSpending === null && year.version === 1 ? 1 : input.version
    const before = await fundSummary(tx, actor.provinceId, organization.id, input.year)
    const cap = input.recurrentSpending === null ? null : allocationCap(input.recurrentSpending, before.allocationRate)
    if (cap !== null && cap < before.byCategory.allocation) {
      const message = `Tổng chi thường xuyên ${formatVnd(input.recurrentSpending!)} cho mức ngân sách cấp tối đa ${formatVnd(cap)} (${formatShare(before.allocationRate)}, ${before.allocationRateCitation}), thấp hơn số đã ghi thu ${formatVnd(before.byCategory.allocation)}`
      throw new AppError('VALIDATION', `${message}; chưa lưu.`, { recurrentSpending: message })
    }
    if (!(await updateRecurrentSpending(tx, actor.provinceId, organization.id, input.year, input.recurrentSpending, expected))) {
      throw staleVersion(fundLabel(organization.name, input.year))
    }
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'fund_year', entityId: null, organizationId: organization.id,
      summary: `${fundLabel(organization.name, input.year)}: tổng chi thường xuyên ${input.recurrentSpending === null ? 'bỏ trống' : formatVnd(input.recurrentSpending)}`,
      before: { recurrentSpending: year.recurrentSpending, version: year.version },
      after: { recurrentSpending: input.recurrentSpending, version: year.version + 1 },
    })
    return fundSummary(tx, actor.provinceId, organization.id, input.year)
  })
}
