// The province's rules as the law engine reads them (ProvinceRules, src/rules/province.ts), built from
// the stored instrument, standards, quotas and parameter values. One place: every evaluation, eligible
// list and quota check of the province passes them to the engine.
import { provinceRules, type ProvinceRules } from '../../../rules/province.ts'
import { fieldPath } from '../../../rules/validate.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findProvince, findProvinceRules, listParameters } from './eligibility.repository.ts'

/** The parameters a province may set, with their schemas ({ value, citation }). */
export const PARAMETER_SCHEMAS = provinceRules.shape.parameters.unwrap().shape
export type ParameterKey = keyof typeof PARAMETER_SCHEMAS
export const PARAMETER_KEYS = Object.keys(PARAMETER_SCHEMAS) as [ParameterKey, ...ParameterKey[]]

/** The instrument named when parameters are set before the province has recorded its regulation. */
const defaultInstrument = (provinceName: string) => `Quy định của ${provinceName}`

/** The province's rules, or undefined when it has set none (the national rules then apply alone). */
export async function loadProvinceRules(db: Db, provinceId: string): Promise<ProvinceRules | undefined> {
  const [province, row, parameters] = await Promise.all([findProvince(db, provinceId), findProvinceRules(db, provinceId), listParameters(db, provinceId)])
  if (!row && parameters.length === 0) return undefined
  const parsed = provinceRules.safeParse({
    province: province.name,
    instrument: row?.instrument ?? defaultInstrument(province.name),
    ...(row?.validFrom ? { validFrom: row.validFrom } : {}),
    ...(row?.validTo ? { validTo: row.validTo } : {}),
    parameters: Object.fromEntries(parameters.map((p) => [p.key, { value: p.value, citation: p.citation }])),
    standards: row?.standards ?? [],
    quotas: row?.quotas ?? [],
  })
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [`province.${fieldPath(i.path)}`, `Quy định của tỉnh đã lưu: ${i.message}`]))
    throw new AppError('VALIDATION', `Quy định của tỉnh đã lưu không còn hợp lệ; hãy sửa lại trong phần cấu hình quy định — ${Object.values(fields).join('; ')}`, fields)
  }
  return parsed.data
}
