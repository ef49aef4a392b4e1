// Commendations of the Fatherland Front and mass organisations: their standards come from each
// organisation's charter and rules, which law.md does not hold. The province or organisation supplies
// them as replacement standards; until then the verdict is unknown.
import { notDigitised } from '../engine/criterion.ts'
import { yearSpan } from '../engine/queries.ts'
import type { Evaluator } from '../engine/types.ts'

export const evaluateMassCommendation: Evaluator = (ctx) => ({
  criteria: [],
  localStandards: [notDigitised('mass.standard', 'Tiêu chuẩn khen thưởng theo điều lệ, quy chế của tổ chức', ctx.entry.citation)],
  period: yearSpan(ctx),
})
