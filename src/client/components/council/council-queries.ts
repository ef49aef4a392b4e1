// Query keys and fetchers of the council pages (Hội đồng TĐKT); the types are the server's answers.
import { useQuery } from '@tanstack/react-query'
import { api } from '../../api.ts'
import type { CouncilOfOrganization } from '../../../server/modules/council/get-council.ts'
import type { SessionDetail } from '../../../server/modules/council/session-view.ts'
import type { MyBallot } from '../../../server/modules/council/my-ballot.ts'
import type { OpenSessionOfMember } from '../../../server/modules/council/session.repository.ts'
import type { EligibleNomination } from '../../../server/modules/council/eligible-nominations.ts'

export type { CouncilOfOrganization, SessionDetail, MyBallot, OpenSessionOfMember, EligibleNomination }
export type { CouncilDetail, MemberView } from '../../../server/modules/council/council-view.ts'
export type { ItemView } from '../../../server/modules/council/session-view.ts'

export const councilKeys = {
  all: ['council'] as const,
  mine: ['council', 'mine'] as const,
  openSessions: ['council', 'open-sessions'] as const,
  session: (id: string) => ['council', 'session', id] as const,
  ballot: (id: string) => ['council', 'session', id, 'ballot'] as const,
  eligible: (id: string) => ['council', 'session', id, 'eligible'] as const,
}

export const useMyCouncil = () => useQuery({ queryKey: councilKeys.mine, queryFn: () => api.get<CouncilOfOrganization>('/api/councils') })

export const useMyOpenSessions = (enabled: boolean) =>
  useQuery({ queryKey: councilKeys.openSessions, queryFn: () => api.get<OpenSessionOfMember[]>('/api/council-sessions/mine'), enabled })

/** While voting is open the page refreshes the received counts every few seconds. */
export const useSession = (id: string) =>
  useQuery({
    queryKey: councilKeys.session(id),
    queryFn: () => api.get<SessionDetail>(`/api/council-sessions/${id}`),
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 5000 : false),
  })

export const useMyBallot = (id: string, enabled: boolean) =>
  useQuery({ queryKey: councilKeys.ballot(id), queryFn: () => api.get<MyBallot>(`/api/council-sessions/${id}/my-ballot`), enabled })
