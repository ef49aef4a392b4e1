// Quotas over a unit subtree: a pure check of a list of proposals.
//   The Law sets no cap on LĐTT or CSTĐCS (law.md B11; the 15% of Nghị định 91/2017 is gone);
//   the Party caps HTXSNV at 20% of those rated HTTNV, 25% in exceptional cases (Quy định 366-QĐ/TW,
//   Điều 11); a province may add its own caps (ProvinceRules.quotas). No rounding rule was found (❓):
//   the rounding is a rule-set parameter.
import { z } from 'zod'
import { CATALOGUE } from './catalogue/index.ts'
import type { CatalogueCode } from './catalogue/types.ts'
import { viDate } from './dates.ts'
import { catalogueCode, isoDate } from './history.ts'
import type { QuotaRounding } from './parameters.ts'
import { effectiveParameters, provinceAppliesOn, provinceRules } from './province.ts'
import { RuleSetError, ruleSetOn } from './rule-sets.ts'
import { weakest, type Confidence } from './types.ts'
import { EligibilityInputError, fieldPath, type InputIssue } from './validate.ts'

const id = z.string({ error: 'phải là chuỗi ký tự' }).min(1, 'không được để trống').max(100, 'tối đa 100 ký tự')

const quotaInput = z.strictObject({
  date: isoDate,
  /** The unit whose subtree is checked. */
  rootUnitId: id,
  units: z.array(z.strictObject({ id, parentId: id.nullable(), name: z.string().min(1).max(300) })).min(1, 'cần ít nhất một đơn vị'),
  /** One line per proposal: who, in which unit's pool, for which title or rating. */
  proposals: z.array(z.strictObject({ subjectId: id, subjectName: z.string().max(300).optional(), unitId: id, target: catalogueCode })),
  /** The Party's exceptional case (25% instead of 20%). */
  exceptional: z.boolean().default(false),
  province: provinceRules.optional(),
})
export type QuotaInput = z.input<typeof quotaInput>

export interface QuotaCheck {
  rule: string
  unitId: string
  unitName: string
  target: CatalogueCode
  relativeTo: CatalogueCode
  count: number
  base: number
  maxShare: number
  limit: number
  passed: boolean
  citation: string
  confidence: Confidence
  facts: string[]
}

export interface QuotaReport {
  date: string
  ruleSet: { id: string; name: string }
  passed: boolean
  checks: QuotaCheck[]
  notes: string[]
}

interface Rule {
  target: CatalogueCode
  relativeTo: CatalogueCode
  maxShare: number
  exceptionalMaxShare?: number | undefined
  per: 'unit' | 'subtree'
  citation: string
  confidence: Confidence
}

const ROUND: Record<QuotaRounding, (x: number) => number> = { floor: Math.floor, round: Math.round, ceil: Math.ceil }
const ROUNDING_LABEL: Record<QuotaRounding, string> = { floor: 'làm tròn xuống', round: 'làm tròn', ceil: 'làm tròn lên' }
const NO_CAP = 'Luật TĐKT 2022 và Nghị định 98/2023, 152/2025 không giới hạn tỷ lệ Lao động tiên tiến, Chiến sĩ thi đua cơ sở (tỷ lệ 15% của Nghị định 91/2017 đã hết hiệu lực)'

/** Checks the proposals of a unit subtree against the Party's and the province's quotas. */
export function checkQuotas(raw: QuotaInput): QuotaReport {
  const parsed = quotaInput.safeParse(raw, { error: z.locales.vi().localeError })
  if (!parsed.success) throw new EligibilityInputError(parsed.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message })))
  const input = parsed.data
  const issues: InputIssue[] = []
  let ruleSet
  try {
    ruleSet = ruleSetOn(input.date)
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error
    issues.push({ field: 'date', message: error.message })
  }

  const byId = new Map(input.units.map((u) => [u.id, u]))
  input.units.forEach((u, i) => {
    if (u.parentId !== null && !byId.has(u.parentId)) issues.push({ field: `units[${i}].parentId`, message: `không có đơn vị cha mã «${u.parentId}» trong danh sách` })
  })
  if (!byId.has(input.rootUnitId)) issues.push({ field: 'rootUnitId', message: `không có đơn vị mã «${input.rootUnitId}» trong danh sách` })
  const children = new Map<string, string[]>()
  for (const u of input.units) if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id])
  const subtreeOf = (root: string): Set<string> => {
    const seen = new Set<string>()
    const stack = [root]
    while (stack.length) {
      const next = stack.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      stack.push(...(children.get(next) ?? []))
    }
    return seen
  }
  const subtree = subtreeOf(input.rootUnitId)
  const seenProposals = new Set<string>()
  input.proposals.forEach((p, i) => {
    if (!byId.has(p.unitId)) issues.push({ field: `proposals[${i}].unitId`, message: `không có đơn vị mã «${p.unitId}» trong danh sách` })
    else if (!subtree.has(p.unitId)) issues.push({ field: `proposals[${i}].unitId`, message: `đơn vị «${byId.get(p.unitId)!.name}» không thuộc phạm vi «${byId.get(input.rootUnitId)?.name ?? input.rootUnitId}»` })
    const key = `${p.subjectId}:${p.target}`
    if (seenProposals.has(key)) issues.push({ field: `proposals[${i}].subjectId`, message: `«${p.subjectName ?? p.subjectId}» được đề nghị ${CATALOGUE[p.target].short} hai lần` })
    seenProposals.add(key)
  })
  if (issues.length || !ruleSet) throw new EligibilityInputError(issues)

  const province = input.province && provinceAppliesOn(input.province, input.date) ? input.province : undefined
  const params = effectiveParameters(ruleSet.parameters, province)
  const party = params.partyExcellentShare
  const rules: Rule[] = [
    { target: 'DANG_VIEN_HTXSNV', relativeTo: 'DANG_VIEN_HTTNV', maxShare: party.value.normal, exceptionalMaxShare: party.value.exceptional, per: 'unit', citation: party.citation, confidence: party.confidence },
    { target: 'TO_CHUC_DANG_HTXSNV', relativeTo: 'TO_CHUC_DANG_HTTNV', maxShare: party.value.normal, exceptionalMaxShare: party.value.exceptional, per: 'unit', citation: party.citation, confidence: party.confidence },
    ...(province?.quotas ?? []).map((q) => ({ ...q, citation: q.citation ? `${province!.instrument}, ${q.citation}` : province!.instrument, confidence: 'confirmed' as const })),
  ]
  const rounding = params.quotaRounding
  const checks: QuotaCheck[] = []
  for (const rule of rules) {
    const share = input.exceptional && rule.exceptionalMaxShare !== undefined ? rule.exceptionalMaxShare : rule.maxShare
    for (const unitId of subtree) {
      const pool = rule.per === 'unit' ? new Set([unitId]) : subtreeOf(unitId)
      const inPool = (code: CatalogueCode) => new Set(input.proposals.filter((p) => p.target === code && pool.has(p.unitId)).map((p) => p.subjectId))
      const count = inPool(rule.target).size
      const base = inPool(rule.relativeTo).size
      if (count === 0 && base === 0) continue
      const exact = Math.round(share * base * 1e6) / 1e6
      const limit = ROUND[rounding.value](exact)
      const unitName = byId.get(unitId)!.name
      checks.push({
        rule: `${CATALOGUE[rule.target].short} không quá ${Math.round(share * 100)}% số ${CATALOGUE[rule.relativeTo].short}${rule.per === 'subtree' ? ' (tính cả đơn vị trực thuộc)' : ''}`,
        unitId,
        unitName,
        target: rule.target,
        relativeTo: rule.relativeTo,
        count,
        base,
        maxShare: share,
        limit,
        passed: count <= limit,
        citation: rule.citation,
        confidence: Number.isInteger(exact) ? rule.confidence : weakest(rule.confidence, rounding.confidence),
        facts: [
          `${unitName}: ${count} đề nghị ${CATALOGUE[rule.target].short} trên ${base} ${CATALOGUE[rule.relativeTo].short}`,
          `Tối đa ${Math.round(share * 100)}% × ${base} = ${exact}${Number.isInteger(exact) ? '' : `, ${ROUNDING_LABEL[rounding.value]}: ${limit} (${rounding.citation})`}`,
        ],
      })
    }
  }
  const annual = (code: CatalogueCode) => code === 'LDTT' || code === 'CSTDCS'
  const notes: string[] = []
  if (input.proposals.some((p) => annual(p.target)) && !rules.some((r) => annual(r.target))) notes.push(NO_CAP)
  if (input.province && !province) notes.push(`Quy định của ${input.province.province} không áp dụng cho ngày ${viDate(input.date)}`)
  return { date: input.date, ruleSet: { id: ruleSet.id, name: ruleSet.name }, passed: checks.every((c) => c.passed), checks, notes }
}
