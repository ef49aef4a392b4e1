import { CATALOGUE } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import { provinceRules } from '../../../rules/province.ts'
import { fieldPath } from '../../../rules/validate.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findProvinceRules, insertProvinceRules, updateProvinceRules } from './eligibility.repository.ts'
import type { SaveProvinceRulesInput } from './eligibility.schemas.ts'
import { getProvinceRules, type ProvinceRulesView } from './get-province-rules.ts'
import { assertProvinceConfigurer } from './province-access.ts'

/**
 * Saves the province's regulation: its instrument and validity, the standards it adds to (or, where the
 * province sets them, puts in place of) the national ones, and its quotas — checked with the law engine's
 * schema. A standard of the Law itself can be added to, never replaced.
 */
export async function saveProvinceRules(ctx: UseCaseContext, input: SaveProvinceRulesInput): Promise<ProvinceRulesView> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const province = await assertProvinceConfigurer(tx, actor)
    const current = await findProvinceRules(tx, actor.provinceId)
    if ((current?.version ?? 0) !== input.version) throw staleVersion('Quy định của tỉnh')
    const parsed = provinceRules.safeParse({
      province: province.name,
      instrument: input.instrument,
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      ...(input.validTo ? { validTo: input.validTo } : {}),
      standards: input.standards,
      quotas: input.quotas,
    })
    const fields: Record<string, string> = {}
    if (!parsed.success) for (const issue of parsed.error.issues) fields[fieldPath(issue.path)] ??= `${fieldPath(issue.path)}: ${issue.message}`
    else {
      parsed.data.standards.forEach((standard, i) => {
        const entry = CATALOGUE[standard.code]
        if (standard.mode === 'replace' && entry.standardsSetBy === 'law') {
          fields[`standards[${i}].mode`] = `standards[${i}].mode: tiêu chuẩn ${entry.short} do Luật quy định: tỉnh chỉ được bổ sung (add), không được thay thế (replace)`
        }
      })
      if (input.validFrom && input.validTo && input.validTo < input.validFrom) fields.validTo = `Hết hiệu lực ngày: ${viDate(input.validTo)} trước ngày có hiệu lực ${viDate(input.validFrom)}`
    }
    if (!parsed.success || Object.keys(fields).length > 0) throw new AppError('VALIDATION', `Quy định của tỉnh chưa hợp lệ — ${Object.values(fields).join('; ')}`, fields)
    const row = { instrument: parsed.data.instrument, validFrom: input.validFrom ?? null, validTo: input.validTo ?? null, standards: parsed.data.standards, quotas: parsed.data.quotas }
    if (!current) {
      await insertProvinceRules(tx, actor.provinceId, row).catch((error: unknown) => {
        throw (error as { code?: string }).code === '23505' ? staleVersion('Quy định của tỉnh') : error
      })
    } else if (!(await updateProvinceRules(tx, actor.provinceId, row, input.version))) {
      throw staleVersion('Quy định của tỉnh')
    }
    const saved = await getProvinceRules({ ...ctx, db: tx })
    await recordAudit(tx, ctx, {
      action: 'configure', entity: 'province_rules', entityId: null, organizationId: province.rootId,
      summary: `Cập nhật quy định thi đua, khen thưởng của tỉnh: ${row.instrument} (${row.standards.length} nhóm tiêu chuẩn, ${row.quotas.length} tỷ lệ)`,
      before: current, after: saved,
    })
    return saved
  })
}
