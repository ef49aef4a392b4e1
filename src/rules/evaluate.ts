// Can this person, collective or household receive this title or form now — and if not, why not?
// Validates the question, picks the rule set by the date, runs the title's evaluator and the blocking
// rules, adds the province's standards, and answers criterion by criterion with the article and facts.
import { AUTHORITIES } from './authorities.ts'
import { CATALOGUE } from './catalogue/index.ts'
import { law, nd98 } from './citations.ts'
import { viDate, yearOf } from './dates.ts'
import { authorityCriterion } from './engine/authority.ts'
import { disciplineBlock, pendingProceedings, sameAchievement } from './engine/blocking.ts'
import { bonusAmount } from './engine/bonus.ts'
import { criterion, verdict } from './engine/criterion.ts'
import type { Criterion, EvalContext, Evaluation } from './engine/types.ts'
import { EVALUATORS } from './evaluators/index.ts'
import { provinceCriteria } from './evaluators/province.ts'
import type { EligibilityInput, EligibilityInputData } from './input.ts'
import { effectiveParameters, provinceAppliesOn } from './province.ts'
import { ruleSetOn } from './rule-sets.ts'
import type { CatalogueEntry, ProcedureNote } from './catalogue/types.ts'
import { EligibilityInputError, subjectValidator, validateEligibilityInput, type CompleteHistoryCheck, type SharedQuestion } from './validate.ts'
import type { SubjectHistoryInput } from './history.ts'
import type { SubjectKind } from './types.ts'

const SIMPLIFIED: ProcedureNote = {
  text: 'Áp dụng thủ tục đơn giản: tờ trình và báo cáo tóm tắt thành tích có xác nhận của cấp trình khen',
  citation: `${law(85)}; ${nd98(40)}`,
  confidence: 'confirmed',
}

function ballotCriterion(share: number, citation: string, confidence: Criterion['confidence'], vote: { inFavour: number; totalMembers: number }): Criterion {
  const percent = Math.round(share * 100)
  const got = Math.round((vote.inFavour / vote.totalMembers) * 1000) / 10
  return criterion(
    'procedure.ballot',
    `Được ít nhất ${percent}% tổng số thành viên Hội đồng Thi đua – Khen thưởng đồng ý (bỏ phiếu)`,
    citation,
    vote.inFavour * 100 >= percent * vote.totalMembers,
    [`${vote.inFavour}/${vote.totalMembers} thành viên đồng ý (${got}%); tỷ lệ tính trên tổng số thành viên, không trên số có mặt`],
    confidence,
  )
}

function unavailable(entry: CatalogueEntry, ctx: EvalContext): Criterion {
  return criterion(
    'availability',
    `${entry.short} có trong quy định áp dụng ngày xét`,
    entry.abolishedBy ?? ctx.ruleSet.name,
    false,
    [`${entry.name} không có trong quy định áp dụng ngày ${viDate(ctx.date)} (${ctx.ruleSet.name})`],
  )
}

/** The standards a validated question is judged on, with what the full answer is built from. */
function judge(input: EligibilityInput) {
  const ruleSet = ruleSetOn(input.date)
  const entry = CATALOGUE[input.target]
  const details = entry.byRuleSet[ruleSet.id]
  const province = input.province && provinceAppliesOn(input.province, input.date) ? input.province : undefined
  const ctx: EvalContext = {
    subject: input.subject,
    code: input.target,
    entry,
    ruleSet,
    params: effectiveParameters(ruleSet.parameters, province),
    date: input.date,
    year: input.year ?? yearOf(input.date),
    kind: input.kind ?? 'cong_trang',
    achievementId: input.achievementId,
  }
  const notes: string[] = []
  if (input.province && !province) notes.push(`Quy định của ${input.province.province} (${input.province.instrument}) không áp dụng cho ngày ${viDate(input.date)}`)

  const criteria: Criterion[] = []
  let uses = { initiatives: [] as string[], achievements: [] as string[] }
  if (!details) {
    criteria.push(unavailable(entry, ctx))
  } else {
    if (entry.validFrom && input.date < entry.validFrom) {
      criteria.push(
        criterion('availability', `Hướng dẫn áp dụng có hiệu lực vào ngày xét`, entry.citation, null, [
          `${entry.citation} áp dụng từ ngày ${viDate(entry.validFrom)}; quy định áp dụng trước đó chưa được số hóa`,
        ], 'unconfirmed'),
      )
    }
    if (input.authority) criteria.push(authorityCriterion(ctx, details, input.authority))
    const result = EVALUATORS[input.target](ctx)
    const own = province?.standards.filter((s) => s.code === input.target) ?? []
    const replaced = own.some((s) => s.mode === 'replace')
    criteria.push(...result.criteria, ...(replaced ? [] : (result.localStandards ?? [])))
    if (entry.category !== 'rating') {
      if (input.subject.kind !== 'household') criteria.push(pendingProceedings(ctx), disciplineBlock(ctx, result.period))
      criteria.push(sameAchievement(ctx, result.period))
    }
    if (province) criteria.push(...provinceCriteria(ctx, province, own.flatMap((s) => s.criteria)))
    if (input.councilVote && details.ballot) criteria.push(ballotCriterion(details.ballot.share, details.ballot.citation, details.ballot.confidence, input.councilVote))
    uses = { initiatives: result.usesInitiatives ?? [], achievements: result.usesAchievements ?? [] }
  }
  return { ruleSet, entry, details, province, ctx, notes, criteria, uses }
}

/** Evaluates a validated question. */
function evaluate(input: EligibilityInput): Evaluation {
  const { ruleSet, entry, details, province, ctx, notes, criteria, uses } = judge(input)
  const bonus = details?.bonus[input.subject.kind]
  return {
    subject: { id: input.subject.id ?? null, name: input.subject.name ?? null, kind: input.subject.kind },
    target: input.target,
    targetName: entry.name,
    track: entry.track,
    kind: ctx.kind,
    date: input.date,
    year: ctx.year,
    ruleSet: { id: ruleSet.id, name: ruleSet.name, from: ruleSet.from, to: ruleSet.to },
    province: province?.province ?? null,
    eligible: verdict(criteria),
    criteria,
    authorities: (details?.authorities ?? []).map((g) => ({ code: g.authority, name: AUTHORITIES[g.authority].label, citation: g.citation, confidence: g.confidence })),
    ballot: details?.ballot ?? null,
    dossier: details?.dossier[input.subject.kind]?.[ctx.kind] ?? [],
    procedure: [...(details?.procedure ?? []), ...(['dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai'].includes(ctx.kind) ? [SIMPLIFIED] : [])],
    bonus: bonus ? bonusAmount(bonus, input.date, ctx.params, province) : null,
    usesInitiatives: uses.initiatives,
    usesAchievements: uses.achievements,
    notes,
  }
}

/** Validates and evaluates; throws EligibilityInputError (Vietnamese, field by field) on bad input. */
export function evaluateEligibility(raw: EligibilityInputData): Evaluation {
  const checked = validateEligibilityInput(raw)
  if (!checked.ok) throw new EligibilityInputError(checked.issues)
  return evaluate(checked.value)
}

/** A subject's verdict and the standards it was judged on — the part of an Evaluation the eligible lists show. */
export type Verdict = Pick<Evaluation, 'eligible' | 'criteria'>

/**
 * One question asked of many subjects of one kind (the "who is eligible" lists): the question is validated once,
 * each history on its own, and only the criteria are built (not the authorities, dossier, procedure and bonus,
 * which do not depend on the history). The verdict and criteria are those of evaluateEligibility({ ...question, subject });
 * throws EligibilityInputError with the same issues. `isComplete` lets a history that passes it skip zod (CompleteHistoryCheck).
 */
export function verdictsFor(question: SharedQuestion, kind: SubjectKind, isComplete?: CompleteHistoryCheck): (subject: SubjectHistoryInput) => Verdict {
  const validate = subjectValidator(question, kind, isComplete)
  return (subject) => {
    const checked = validate(subject)
    if (!checked.ok) throw new EligibilityInputError(checked.issues)
    const { criteria } = judge(checked.value)
    return { eligible: verdict(criteria), criteria }
  }
}
