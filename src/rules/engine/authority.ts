// Is the named authority competent to confer this title or form on this date? (law.md §1.5: the commune
// chair gained CSTĐCS, TTLĐTT and thôn/TDP văn hóa on 01/07/2025 — Nghị định 129/2025/NĐ-CP, Điều 59.)
import { AUTHORITIES, type AuthorityCode } from '../authorities.ts'
import type { RuleSetDetails } from '../catalogue/types.ts'
import { viDate } from '../dates.ts'
import { RULE_SETS } from '../rule-sets.ts'
import { weakest } from '../types.ts'
import { criterion } from './criterion.ts'
import type { Criterion, EvalContext } from './types.ts'

export function authorityCriterion(ctx: EvalContext, details: RuleSetDetails, authority: AuthorityCode): Criterion {
  const who = AUTHORITIES[authority].label
  const grant = details.authorities.find((g) => g.authority === authority)
  const competent = details.authorities.map((g) => AUTHORITIES[g.authority].label).join('; ')
  const facts = [`Ngày xét ${viDate(ctx.date)} áp dụng: ${ctx.ruleSet.name}`, `Thẩm quyền quyết định ${ctx.entry.short}: ${competent}`]
  if (grant) {
    facts.push(`${who}: có thẩm quyền`)
    return criterion('authority', `Người quyết định (${who}) có thẩm quyền`, grant.citation, true, facts, grant.confidence)
  }
  facts.push(`${who}: không có thẩm quyền quyết định ${ctx.entry.short} theo quy định áp dụng ngày ${viDate(ctx.date)}`)
  for (const other of RULE_SETS.filter((r) => r.id !== ctx.ruleSet.id)) {
    const elsewhere = ctx.entry.byRuleSet[other.id]?.authorities.find((g) => g.authority === authority)
    if (elsewhere) facts.push(`Theo ${other.name} (${viDate(other.from)}${other.to ? ` – ${viDate(other.to)}` : ' trở đi'}), ${who} có thẩm quyền này (${elsewhere.citation})`)
  }
  const citation = [...new Set(details.authorities.map((g) => g.citation))].join('; ')
  return criterion('authority', `Người quyết định (${who}) có thẩm quyền`, citation, false, facts, weakest(...details.authorities.map((g) => g.confidence)))
}
