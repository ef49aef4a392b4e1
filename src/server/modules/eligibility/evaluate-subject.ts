import type { Evaluation, SubjectKind } from '../../../rules/index.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadSubjectHistory } from '../history/load-subject-history.ts'
import { subjectInScope } from '../history/subject-access.ts'
import { evaluateOrRefuse } from './eligibility-errors.ts'
import type { EvaluateQuery } from './eligibility.schemas.ts'
import { loadProvinceRules } from './province-rules.ts'

/**
 * Can this subject receive this title or form on this date, and if not, why not? The stored history and the
 * province's rules through evaluateEligibility — the function `tdkt eligibility` runs.
 */
export async function evaluateSubject(ctx: UseCaseContext, kind: SubjectKind, id: string, query: EvaluateQuery): Promise<Evaluation> {
  const { db, actor } = ctx
  const subject = await subjectInScope(db, actor, 'history.read', kind, id)
  const [history, province] = await Promise.all([loadSubjectHistory(db, actor.provinceId, subject), loadProvinceRules(db, actor.provinceId)])
  return evaluateOrRefuse(
    {
      subject: history,
      target: query.target,
      date: query.date ?? todayInVietnam(),
      ...(query.year === undefined ? {} : { year: query.year }),
      ...(query.kind === undefined ? {} : { kind: query.kind }),
      ...(query.authority === undefined ? {} : { authority: query.authority }),
      ...(province ? { province } : {}),
    },
    subject.name,
  )
}
