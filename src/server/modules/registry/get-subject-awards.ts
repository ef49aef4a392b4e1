import type { SubjectKind } from '../../../rules/index.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { subjectInScope } from '../history/subject-access.ts'
import type { Subject } from '../history/subjects.repository.ts'
import { listAwardsOfSubjects, type AwardRecord } from './registry.repository.ts'

/** What this subject has received, when and by which decision, across the government, Party and mass-organisation tracks. */
export async function getSubjectAwards(ctx: UseCaseContext, kind: SubjectKind, id: string): Promise<{ subject: Subject; awards: AwardRecord[] }> {
  const subject = await subjectInScope(ctx.db, ctx.actor, 'registry.read', kind, id)
  return { subject, awards: await listAwardsOfSubjects(ctx.db, ctx.actor.provinceId, [id]) }
}
