import { checkQuotas, EligibilityInputError, type QuotaReport, type SubjectKind } from '../../../rules/index.ts'
import { inScope } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findSubjects, type Subject } from '../history/subjects.repository.ts'
import { SUBJECT_LABELS } from '../history/subject-access.ts'
import { listSubtree } from '../organizations/organizations.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'
import { inputRefusal } from './eligibility-errors.ts'
import type { QuotasInput } from './eligibility.schemas.ts'
import { loadProvinceRules } from './province-rules.ts'

/**
 * Checks a list of proposals of a unit's subtree against the Party's and the province's quotas (checkQuotas).
 * A person or household counts in their unit's pool, a collective in the pool of the unit above it.
 */
export async function checkProposalQuotas(ctx: UseCaseContext, input: QuotasInput): Promise<QuotaReport> {
  const { db, actor } = ctx
  const root = await organizationInScope(db, actor, 'history.read', input.organizationId)
  const units = (await listSubtree(db, actor.provinceId, root.path)).map((u) => ({ id: u.id, parentId: u.id === root.id ? null : u.parentId, name: u.name }))
  const found = new Map<string, Subject>()
  for (const kind of ['individual', 'collective', 'household'] as const satisfies readonly SubjectKind[]) {
    const ids = [...new Set(input.proposals.filter((p) => p.subjectKind === kind).map((p) => p.subjectId))]
    for (const s of await findSubjects(db, actor.provinceId, kind, ids)) found.set(`${kind}:${s.id}`, s)
  }
  const fields: Record<string, string> = {}
  const proposals = input.proposals.flatMap((p, i) => {
    const subject = found.get(`${p.subjectKind}:${p.subjectId}`)
    const field = `proposals.${i}.subjectId`
    if (!subject) fields[field] = `Đề nghị thứ ${i + 1}: không tìm thấy ${SUBJECT_LABELS[p.subjectKind]}`
    else if (!inScope({ organizationPath: root.path }, subject.organizationPath)) fields[field] = `Đề nghị thứ ${i + 1}: ${subject.name} không thuộc ${root.name}`
    if (!subject || fields[field]) return []
    const unitId = subject.kind === 'collective' && subject.id !== root.id ? (subject.parentId ?? subject.id) : subject.organizationId
    return [{ subjectId: subject.id, subjectName: subject.name, unitId, target: p.target }]
  })
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', `Danh sách đề nghị chưa hợp lệ — ${Object.values(fields).join('; ')}`, fields)
  const province = await loadProvinceRules(db, actor.provinceId)
  try {
    return checkQuotas({ date: input.date ?? `${input.year}-12-31`, rootUnitId: root.id, units, proposals, exceptional: input.exceptional ?? false, ...(province ? { province } : {}) })
  } catch (error) {
    if (!(error instanceof EligibilityInputError)) throw error
    // The engine names proposals[i]; a missing date came from the year.
    throw inputRefusal(error, null, (field) => field.replace(/^proposals\[(\d+)\]\.\w+$/, 'proposals.$1.subjectId').replace(/^date$/, input.date ? 'date' : 'year'))
  }
}
