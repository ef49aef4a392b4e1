import { viDate } from '../../../rules/dates.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { RecruitmentInput } from './history.schemas.ts'
import { HISTORY_SPECS } from './history-kinds.ts'
import { listHistoryRows } from './history.repository.ts'
import { recruitmentProblems } from './record-checks.ts'
import { subjectInScope } from './subject-access.ts'
import { findSubject, updateRecruitedOn, type Subject } from './subjects.repository.ts'

/**
 * Sets (or clears) a person's recruitment date (ngày tuyển dụng): LĐTT is not given to people recruited
 * less than six months before, and no State rating may precede it. Refused when a rating already does.
 */
export async function setRecruitmentDate(ctx: UseCaseContext, personId: string, input: RecruitmentInput): Promise<Subject> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const person = await subjectInScope(tx, actor, 'history.write', 'individual', personId)
    if (input.version !== person.version) throw staleVersion('Thông tin cá nhân')
    const spec = HISTORY_SPECS.ratings
    const ratings = input.recruitedOn ? (await listHistoryRows(tx, actor.provinceId, spec, [personId])).map((r) => spec.toEngine(r.id, r)) : []
    const problems = input.recruitedOn ? recruitmentProblems(person, input.recruitedOn, ratings, todayInVietnam()) : []
    if (problems.length > 0) {
      const message = `Ngày tuyển dụng: ${problems.join('; ')}`
      throw new AppError('VALIDATION', `Dữ liệu chưa hợp lệ — ${message}`, { recruitedOn: message })
    }
    if (!(await updateRecruitedOn(tx, actor.provinceId, personId, input.recruitedOn, input.version))) throw staleVersion('Thông tin cá nhân')
    const updated = (await findSubject(tx, actor.provinceId, 'individual', personId))!
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'person', entityId: personId, organizationId: person.organizationId,
      summary: input.recruitedOn ? `Cập nhật ngày tuyển dụng của ${person.name}: ${viDate(input.recruitedOn)}` : `Bỏ ngày tuyển dụng của ${person.name}`,
      before: { recruitedOn: person.recruitedOn }, after: { recruitedOn: updated.recruitedOn },
    })
    return updated
  })
}
