// The proposals API as the screens read it: query keys, the shapes, the candidates and one proposal.
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { api } from '../../api.ts'
import type { NominationLine, ProposalDetail } from '../../../server/modules/proposals/proposal-view.ts'

export type { NominationLine, ProposalDetail, ProposalItemView, ProposalSummary } from '../../../server/modules/proposals/proposal-view.ts'
export type { ProposalStatus } from '../../../server/modules/proposals/proposals.repository.ts'

/** Every proposals query (lists, candidates, details): invalidated after any write. */
export const PROPOSALS_KEY = ['proposals'] as const
export const proposalKey = (id: string) => ['proposals', 'detail', id] as const

export function useProposal(id: string) {
  return useQuery({ queryKey: proposalKey(id), queryFn: () => api.get<ProposalDetail>(`/api/proposals/${id}`) })
}

export function useCandidates(enabled: boolean) {
  return useQuery({ queryKey: ['proposals', 'candidates'], queryFn: () => api.get<{ items: NominationLine[] }>('/api/proposals/candidates'), enabled })
}

/** After a write: the proposal as answered, and everything else about proposals and nominations refetched. */
export async function refreshProposals(queryClient: QueryClient, saved?: ProposalDetail): Promise<void> {
  if (saved) queryClient.setQueryData(proposalKey(saved.id), saved)
  await Promise.all([queryClient.invalidateQueries({ queryKey: PROPOSALS_KEY }), queryClient.invalidateQueries({ queryKey: ['nominations'] })])
}
