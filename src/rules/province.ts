// Province rules: what a provincial regulation (or a campaign plan under it) adds to the national
// rules — its own values for the ⚠️/❓ parameters, extra or replacement standards, and quotas.
// Plain data, so the database layer can store it per province (Luật TĐKT 2022 lets provinces detail
// standards: Điều 24(4), 26(3), 27(3), 28(3), 74(6), 75(2); law.md §0).
import { z } from 'zod'
import { catalogueCode, disciplineForm, isoDate, judgementKey, rating, track } from './history.ts'
import type { Parameter, RuleParameters } from './parameters.ts'

const citation = z.string({ error: 'phải là chuỗi ký tự' }).max(500, 'tối đa 500 ký tự')
const label = z.string({ error: 'phải là chuỗi ký tự' }).min(1, 'không được để trống').max(500, 'tối đa 500 ký tự')
const shareValue = z.number({ error: 'phải là tỷ lệ từ 0 đến 1' }).min(0, 'tỷ lệ từ 0 đến 1').max(1, 'tỷ lệ từ 0 đến 1')
const override = <T extends z.ZodType>(value: T) => z.strictObject({ value, citation: citation.optional() })

/** A standard a province adds (e.g. seed 004: "không có cá nhân bị kỷ luật từ hình thức khiển trách trở lên"). */
const provinceCriterion = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('no_discipline'), from: disciplineForm, who: z.enum(['self', 'members', 'self_and_members']).default('self_and_members'), label: label.optional(), citation }),
    z.strictObject({ kind: z.literal('min_rating'), rating, years: z.number().int().min(1).max(10).default(1), track: track.default('government'), label: label.optional(), citation }),
    z.strictObject({ kind: z.literal('judgement'), key: judgementKey, label, citation }),
    z.strictObject({ kind: z.literal('holds'), code: catalogueCode, years: z.number().int().min(1).max(10).default(1), label: label.optional(), citation }),
    z.strictObject({ kind: z.literal('min_member_share'), measure: z.enum(['ldtt', 'cstdcs', 'completed']), share: shareValue, label: label.optional(), citation }),
  ],
  { error: 'loại tiêu chuẩn phải là no_discipline, min_rating, judgement, holds hoặc min_member_share' },
)
export type ProvinceCriterion = z.output<typeof provinceCriterion>

/** A quota: at most `maxShare` of the `relativeTo` proposals may be `target` proposals, per unit or per subtree. */
const quotaRule = z.strictObject({
  target: catalogueCode,
  relativeTo: catalogueCode,
  maxShare: shareValue,
  exceptionalMaxShare: shareValue.optional(),
  per: z.enum(['unit', 'subtree'], { error: 'phải là unit hoặc subtree' }).default('unit'),
  citation,
})

export const provinceRules = z.strictObject({
  province: label,
  /** The provincial instrument: "Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh". */
  instrument: label,
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  parameters: z
    .strictObject({
      ldttMinServiceMonths: override(z.number().int().min(0).max(24)).optional(),
      ttldttMinLdttShare: override(shareValue).optional(),
      ttldttMemberDisciplineFrom: override(disciplineForm).optional(),
      disciplineMonths: override(z.partialRecord(disciplineForm, z.number().int().min(1).max(120))).optional(),
      cstdTinhCycleYears: override(z.number().int().min(1).max(10)).optional(),
      moneyRounding: override(z.enum(['ceil_10000', 'none'])).optional(),
      quotaRounding: override(z.enum(['floor', 'round', 'ceil'])).optional(),
      partyExcellentShare: override(z.strictObject({ normal: shareValue, exceptional: shareValue })).optional(),
      baseSalary: override(z.number().int().min(1)).optional(),
    })
    .default({}),
  standards: z
    .array(
      z.strictObject({
        code: catalogueCode,
        /** add: on top of the national standards; replace: instead of them (only where the province or organisation sets them). */
        mode: z.enum(['add', 'replace'], { error: 'phải là add hoặc replace' }).default('add'),
        criteria: z.array(provinceCriterion).min(1, 'cần ít nhất một tiêu chuẩn'),
      }),
    )
    .default([]),
  quotas: z.array(quotaRule).default([]),
})
export type ProvinceRules = z.output<typeof provinceRules>
export type ProvinceRulesInput = z.input<typeof provinceRules>

/** Does the province regulation apply on this date? */
export function provinceAppliesOn(rules: ProvinceRules, date: string): boolean {
  return (!rules.validFrom || rules.validFrom <= date) && (!rules.validTo || date <= rules.validTo)
}

function fromProvince<T>(rules: ProvinceRules, o: { value: T; citation?: string | undefined }): Parameter<T> {
  return { value: o.value, confidence: 'confirmed', citation: o.citation ? `${rules.instrument}, ${o.citation}` : rules.instrument }
}

/** The rule set's parameters with the province's values laid over them. */
export function effectiveParameters(base: RuleParameters, rules: ProvinceRules | undefined): RuleParameters {
  if (!rules) return base
  const p = rules.parameters
  const pick = <T>(o: { value: T; citation?: string | undefined } | undefined, fallback: Parameter<T>): Parameter<T> => (o ? fromProvince(rules, o) : fallback)
  return {
    ldttMinServiceMonths: pick(p.ldttMinServiceMonths, base.ldttMinServiceMonths),
    ttldttMinLdttShare: pick(p.ttldttMinLdttShare, base.ttldttMinLdttShare),
    ttldttMemberDisciplineFrom: pick(p.ttldttMemberDisciplineFrom, base.ttldttMemberDisciplineFrom),
    disciplineMonths: pick(p.disciplineMonths, base.disciplineMonths),
    cstdTinhCycleYears: pick(p.cstdTinhCycleYears, base.cstdTinhCycleYears),
    moneyRounding: pick(p.moneyRounding, base.moneyRounding),
    quotaRounding: pick(p.quotaRounding, base.quotaRounding),
    partyExcellentShare: pick(p.partyExcellentShare, base.partyExcellentShare),
  }
}
