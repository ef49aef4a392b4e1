import type { UseCaseContext } from '../../http/route.ts'
import { findProvince, findProvinceRules } from './eligibility.repository.ts'

export interface ProvinceRulesView {
  province: string
  instrument: string | null
  validFrom: string | null
  validTo: string | null
  /** ProvinceRules.standards of src/rules/province.ts: extra (add) or replacement (replace) criteria per title or form. */
  standards: unknown[]
  /** ProvinceRules.quotas: the province's own caps. */
  quotas: unknown[]
  /** 0 while the province has recorded no regulation. */
  version: number
}

/** The province's own standards and quotas, as stored. */
export async function getProvinceRules(ctx: UseCaseContext): Promise<ProvinceRulesView> {
  const [province, row] = await Promise.all([findProvince(ctx.db, ctx.actor.provinceId), findProvinceRules(ctx.db, ctx.actor.provinceId)])
  return {
    province: province.name,
    instrument: row?.instrument ?? null,
    validFrom: row?.validFrom ?? null,
    validTo: row?.validTo ?? null,
    standards: row?.standards ?? [],
    quotas: row?.quotas ?? [],
    version: row?.version ?? 0,
  }
}
