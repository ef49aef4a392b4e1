// A province's own standards (plain data in ProvinceRules), evaluated with the same helpers as the law's.
import { CATALOGUE } from '../catalogue/index.ts'
import { overlaps, viDate, yearOf, yearRange } from '../dates.ts'
import { allOf, criterion } from '../engine/criterion.ts'
import { disciplineLabel } from '../engine/facts.ts'
import { judgementCriterion } from '../engine/judgement.ts'
import { collectiveYear, disciplineSpans, yearSpan } from '../engine/queries.ts'
import type { Criterion, EvalContext } from '../engine/types.ts'
import type { ProvinceCriterion, ProvinceRules } from '../province.ts'
import { disciplineAtLeast, RATINGS } from '../types.ts'
import { heldEveryYear, ratedEveryYear } from './chains.ts'
import { memberShare } from './collective.ts'

function noDiscipline(ctx: EvalContext, id: string, c: Extract<ProvinceCriterion, { kind: 'no_discipline' }>, citation: string): Criterion {
  const label = c.label ?? `Không có cá nhân bị kỷ luật từ hình thức ${disciplineLabel(c.from).toLowerCase()} trở lên`
  const span = yearSpan(ctx)
  const facts: string[] = []
  const results: (boolean | null)[] = []
  if (c.who !== 'members') {
    const own = disciplineSpans(ctx.subject, ctx.params).filter((d) => overlaps(d, span) && disciplineAtLeast(d.record.form, c.from))
    results.push(own.length === 0)
    facts.push(...own.map((d) => `Bị kỷ luật ${disciplineLabel(d.record.form).toLowerCase()} từ ngày ${viDate(d.from)}`))
  }
  if (c.who !== 'self' && ctx.subject.kind === 'collective') {
    const cy = collectiveYear(ctx.subject, ctx.year)
    const members = cy?.memberDiscipline.filter((d) => yearOf(d.date) === ctx.year && disciplineAtLeast(d.form, c.from)) ?? []
    results.push(cy ? members.length === 0 : null)
    if (!cy) facts.push(`Năm ${ctx.year}: chưa có số liệu kỷ luật thành viên`)
    facts.push(...members.map((d) => `${d.member ?? 'Một thành viên'} bị kỷ luật ${disciplineLabel(d.form).toLowerCase()} ngày ${viDate(d.date)}`))
  }
  const passed = allOf(results)
  if (passed === true) facts.push(`Năm ${ctx.year}: không có kỷ luật từ hình thức ${disciplineLabel(c.from).toLowerCase()} trở lên`)
  return criterion(id, label, citation, passed, facts)
}

function one(ctx: EvalContext, id: string, c: ProvinceCriterion, citation: string): Criterion {
  const years = (n: number) => yearRange(ctx.year - n + 1, ctx.year)
  switch (c.kind) {
    case 'no_discipline':
      return noDiscipline(ctx, id, c, citation)
    case 'min_rating':
      return ratedEveryYear(ctx, id, years(c.years), c.rating, c.label ?? `${c.years} năm liên tục xếp loại từ «${RATINGS[c.rating]}» trở lên`, citation, c.track)
    case 'judgement':
      return judgementCriterion(ctx, id, [c.key], citation, { label: c.label })
    case 'holds':
      return heldEveryYear(ctx, id, c.code, years(c.years), c.label ?? `${c.years} năm liên tục đạt ${CATALOGUE[c.code].short}`, citation)
    case 'min_member_share': {
      const share = memberShare(ctx, id, c.measure, c.share, citation)
      return c.label ? { ...share, criterion: c.label } : share
    }
  }
}

/** The province's criteria for this code, as evaluation criteria citing the provincial instrument. */
export function provinceCriteria(ctx: EvalContext, rules: ProvinceRules, criteria: ProvinceCriterion[]): Criterion[] {
  return criteria.map((c, i) => ({ ...one(ctx, `province.${i + 1}.${c.kind}`, c, c.citation ? `${rules.instrument}, ${c.citation}` : rules.instrument), source: 'province' as const }))
}
