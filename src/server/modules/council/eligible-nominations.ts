import { CATALOGUE } from '../../../rules/index.ts'
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadSession } from './council-access.ts'
import { listCandidates } from './agenda.repository.ts'
import { agendaProblem } from './agenda-eligibility.ts'

export interface EligibleNomination {
  id: string
  subjectKind: string
  subjectName: string
  subjectOrganizationName: string
  nominatingOrganizationName: string
  year: number
  target: string
  targetShort: string
  targetName: string
  status: NominationStatus
  statusLabel: string
}

/** Nominations the session's agenda may take (agenda-eligibility.ts). */
export async function listEligibleNominations(ctx: UseCaseContext, sessionId: string): Promise<EligibleNomination[]> {
  const { council } = await loadSession(ctx.db, ctx.actor, sessionId, 'council.manage')
  const candidates = await listCandidates(ctx.db, ctx.actor.provinceId, council)
  return candidates
    .filter((c) => agendaProblem(c, council) === null)
    .map((c) => ({
      id: c.id, subjectKind: c.subjectKind, subjectName: c.subjectName, subjectOrganizationName: c.subjectOrganizationName, nominatingOrganizationName: c.nominatingOrganizationName,
      year: c.year, target: c.target, targetShort: CATALOGUE[c.target].short, targetName: CATALOGUE[c.target].name, status: c.status, statusLabel: NOMINATION_STATUS_LABELS[c.status],
    }))
}
