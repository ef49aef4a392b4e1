// The nomination's authority check and eligibility verdict, computed the way the eligibility API computes
// it: the subject's history from the database (loadSubjectHistory), the province's rules, and
// evaluateEligibility on the decision date — with the deciding level's authority, so the verdict says
// whether that level may confer it. The question is kept with the answer, so it can be checked and run again.
import { CATALOGUE, type CatalogueCode, type CommendationKind, type EligibilityInputData } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { evaluateOrRefuse, ruleSetOrRefuse } from '../eligibility/eligibility-errors.ts'
import { loadProvinceRules } from '../eligibility/province-rules.ts'
import { loadSubjectHistory } from '../history/load-subject-history.ts'
import { findSubject, type Subject } from '../history/subjects.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { resolveDecider, type ChainOrganization } from './deciding-authority.ts'
import type { Assessment, NominationRecord } from './nominations.repository.ts'
import { loadChain } from './organization-chain.ts'

export interface AssessmentQuestion {
  subject: Subject
  target: CatalogueCode
  kind: CommendationKind
  year: number
  decisionDate: string
  /** The nominating unit first, then the units above it. */
  chain: readonly ChainOrganization[]
  /** The deciding organization the user chose; absent or null: the first level that may confer the target. */
  decidingOrganizationId?: string | null | undefined
}

export async function assessNomination(db: Db, provinceId: string, q: AssessmentQuestion): Promise<Assessment> {
  const ruleSet = ruleSetOrRefuse(q.decisionDate, 'decisionDate')
  const entry = CATALOGUE[q.target]
  const details = entry.byRuleSet[ruleSet.id]
  if (!details) {
    const message = `Danh hiệu, hình thức đề nghị: ${entry.name} không có trong quy định áp dụng ngày ${viDate(q.decisionDate)} (${entry.abolishedBy ?? ruleSet.name})`
    throw new AppError('VALIDATION', message, { target: message })
  }
  if (q.decidingOrganizationId && !q.chain.some((o) => o.id === q.decidingOrganizationId)) {
    const message = `Cấp quyết định: phải là ${q.chain[0]!.name} hoặc một đơn vị cấp trên của đơn vị này`
    throw new AppError('VALIDATION', message, { decidingOrganizationId: message })
  }
  const authority = resolveDecider({ targetShort: entry.short, grants: details.authorities, date: q.decisionDate, chain: q.chain, chosenId: q.decidingOrganizationId ?? undefined })
  const [history, province] = await Promise.all([loadSubjectHistory(db, provinceId, q.subject), loadProvinceRules(db, provinceId)])
  const input: EligibilityInputData = {
    subject: history,
    target: q.target,
    date: q.decisionDate,
    year: q.year,
    kind: q.kind,
    ...(authority.authority ? { authority: authority.authority.code } : {}),
    ...(province ? { province } : {}),
  }
  return { decidingOrganizationId: authority.organizationId, authority, input, evaluation: evaluateOrRefuse(input, q.subject.name) }
}

/** The same question for a stored nomination, asked again of the history and the tree as they stand now. */
export async function reassessNomination(
  db: Db,
  provinceId: string,
  n: Pick<NominationRecord, 'subjectKind' | 'subjectId' | 'nominatingOrganizationId' | 'target' | 'kind' | 'year' | 'decisionDate' | 'decidingOrganizationId'>,
): Promise<Assessment> {
  const [subject, organization] = await Promise.all([findSubject(db, provinceId, n.subjectKind, n.subjectId), findOrganization(db, provinceId, n.nominatingOrganizationId)])
  return assessNomination(db, provinceId, {
    subject: subject!, target: n.target, kind: n.kind, year: n.year, decisionDate: n.decisionDate,
    chain: await loadChain(db, provinceId, organization!), decidingOrganizationId: n.decidingOrganizationId,
  })
}
