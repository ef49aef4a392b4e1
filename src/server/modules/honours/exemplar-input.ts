// Checks what the officer wrote against the data before anything is saved: the subject chosen from the registry
// lies under the organization keeping the exemplar (a typed name is taken as typed), the linked awards are the
// subject's own and not cancelled (Luật TĐKT 2022, Điều 93), the decision is issued and readable by the caller.
import type { Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { AppError } from '../../http/errors.ts'
import { loadDecision } from '../decisions/decision-access.ts'
import { subjectInScope } from '../history/subject-access.ts'
import { findAwardOwners, type ExemplarWrite } from './honours.repository.ts'
import type { ExemplarContent } from './honours.schemas.ts'

const invalid = (field: string, label: string, problem: string) => new AppError('VALIDATION', `${label}: ${problem}.`, { [field]: `${label}: ${problem}` })

export async function resolveExemplarInput(
  db: Db, actor: Actor, keeper: { name: string; path: string }, input: ExemplarContent,
): Promise<{ write: ExemplarWrite; awardRecordIds: string[] }> {
  let subjectName = input.subjectName ?? ''
  if (input.subjectKind !== 'named') {
    const subject = await subjectInScope(db, actor, 'honour.manage', input.subjectKind, input.subjectId!, 'subjectId')
    if (!subject.organizationPath.startsWith(keeper.path)) throw invalid('subjectId', 'Cá nhân, tập thể, hộ được vinh danh', `${subject.name} không thuộc ${keeper.name}`)
    subjectName = subject.name
    const owners = await findAwardOwners(db, actor.provinceId, input.awardRecordIds)
    for (const id of input.awardRecordIds) {
      const owner = owners.find((o) => o.id === id)
      if (!owner) throw invalid('awardRecordIds', 'Khen thưởng trong sổ', 'không tìm thấy khen thưởng được chọn')
      if (owner.subjectId !== input.subjectId) throw invalid('awardRecordIds', 'Khen thưởng trong sổ', `khen thưởng được chọn không phải của ${subject.name}`)
      if (owner.revokedOn) throw invalid('awardRecordIds', 'Khen thưởng trong sổ', 'khen thưởng được chọn đã bị hủy bỏ (Luật TĐKT 2022, Điều 93)')
    }
  }
  const decisionId = input.decisionId ?? null
  if (decisionId) {
    const decision = await loadDecision(db, actor, decisionId, 'decision.read').catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw invalid('decisionId', 'Quyết định khen thưởng', 'không tìm thấy quyết định được chọn')
      throw error
    })
    if (decision.status !== 'issued') throw invalid('decisionId', 'Quyết định khen thưởng', 'quyết định chưa ban hành (chưa có số), chưa công bố được')
  }
  return {
    write: {
      kind: input.kind, subjectKind: input.subjectKind, subjectId: input.subjectKind === 'named' ? null : input.subjectId!, subjectName,
      subjectUnit: input.subjectKind === 'named' ? (input.subjectUnit ?? null) : null,
      title: input.title, summary: input.summary, story: input.story, year: input.year, decisionId,
    },
    awardRecordIds: input.awardRecordIds,
  }
}
