// The eligibility question as plain data: { subject, target, date } plus optional details
// (the year under review, the commendation kind, who will confer, the council vote, province rules).
import { z } from 'zod'
import { authorityCode, catalogueCode, commendationKind, isoDate, subjectHistory, yearNumber } from './history.ts'
import { provinceRules } from './province.ts'

export const eligibilityInput = z.strictObject({
  subject: subjectHistory,
  target: catalogueCode,
  /** The date the evaluation concerns (the decision date); it chooses the rule set. */
  date: isoDate,
  /** The year of achievement under review; default: the year of `date`. */
  year: yearNumber.optional(),
  /** Loại hình khen thưởng; default: công trạng. */
  kind: commendationKind.optional(),
  /** Who will confer it; when given, the engine checks the authority on that date. */
  authority: authorityCode.optional(),
  /** The achievement record (subject.achievements[].id) the proposal commends. */
  achievementId: z.string().min(1).max(100).optional(),
  /** The council ballot, for titles that require one. */
  councilVote: z
    .strictObject({
      inFavour: z.number({ error: 'phải là số' }).int('phải là số nguyên').min(0, 'không được âm'),
      totalMembers: z.number({ error: 'phải là số' }).int('phải là số nguyên').min(1, 'ít nhất 1 thành viên'),
    })
    .optional(),
  province: provinceRules.optional(),
})

export type EligibilityInput = z.output<typeof eligibilityInput>
/** What callers (CLI, API, UI) pass: defaults may be omitted. */
export type EligibilityInputData = z.input<typeof eligibilityInput>
