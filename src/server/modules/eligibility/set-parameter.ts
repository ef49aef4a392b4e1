import { fieldPath } from '../../../rules/validate.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { deleteParameter, insertParameter, listParameters, updateParameter } from './eligibility.repository.ts'
import type { ParameterInput } from './eligibility.schemas.ts'
import { PARAMETER_LABELS } from './parameters-view.ts'
import { assertProvinceConfigurer } from './province-access.ts'
import { PARAMETER_SCHEMAS, type ParameterKey } from './province-rules.ts'

/**
 * Sets the province's value of a configurable parameter, with the provision it comes from (required), or
 * with value null removes it (the national value applies again). Optimistic: `version` is the override's
 * version as read, null when the province had none.
 */
export async function setParameter(ctx: UseCaseContext, key: ParameterKey, input: ParameterInput): Promise<{ key: ParameterKey; value: unknown; citation: string | null; version: number | null }> {
  const { actor } = ctx
  const label = PARAMETER_LABELS[key]
  return ctx.db.transaction(async (tx) => {
    const province = await assertProvinceConfigurer(tx, actor)
    const current = (await listParameters(tx, actor.provinceId)).find((p) => p.key === key)
    if ((current?.version ?? null) !== input.version) throw staleVersion(`Tham số «${label}»`)
    const stale = () => staleVersion(`Tham số «${label}»`)
    let saved: { value: unknown; citation: string | null; version: number | null }
    if (input.value === null) {
      if (current && !(await deleteParameter(tx, actor.provinceId, key, current.version))) throw stale()
      saved = { value: null, citation: null, version: null }
    } else {
      if (!input.citation) throw new AppError('VALIDATION', 'Căn cứ: cần ghi văn bản, điều khoản của tỉnh quy định giá trị này', { citation: 'Căn cứ: cần ghi văn bản, điều khoản của tỉnh quy định giá trị này' })
      const parsed = PARAMETER_SCHEMAS[key].safeParse({ value: input.value, citation: input.citation })
      if (!parsed.success) {
        const fields = Object.fromEntries(parsed.error.issues.map((i) => [fieldPath(i.path) || 'value', `${label}: ${i.message}`]))
        throw new AppError('VALIDATION', `Dữ liệu chưa hợp lệ — ${Object.values(fields).join('; ')}`, fields)
      }
      const value = parsed.data!.value
      if (current) {
        if (!(await updateParameter(tx, actor.provinceId, key, value, input.citation, current.version))) throw stale()
      } else {
        await insertParameter(tx, actor.provinceId, key, value, input.citation).catch((error: unknown) => {
          throw (error as { code?: string }).code === '23505' ? stale() : error
        })
      }
      saved = { value, citation: input.citation, version: (current?.version ?? 0) + 1 }
    }
    await recordAudit(tx, ctx, {
      action: 'configure', entity: 'province_parameter', entityId: null, organizationId: province.rootId,
      summary: input.value === null ? `Bỏ giá trị riêng của tỉnh cho «${label}» (dùng mức chung)` : `Đặt «${label}» của tỉnh: ${JSON.stringify(saved.value)} (${input.citation})`,
      before: current ? { key, value: current.value, citation: current.citation } : undefined,
      after: { key, value: saved.value, citation: saved.citation },
    })
    return { key, ...saved }
  })
}
