// Query keys of the campaign pages and the refresh after a write.
import type { QueryClient } from '@tanstack/react-query'
import type { CampaignDetail } from '../../types.ts'

export const campaignDetailKey = (id: string) => ['campaigns', 'detail', id] as const

/** A write answered with the plan: keep it as the plan's detail and reload lists, trees, tasks and the calendar. */
export function refreshAfterWrite(queryClient: QueryClient, saved: CampaignDetail): Promise<void> {
  queryClient.setQueryData(campaignDetailKey(saved.id), saved)
  return queryClient.invalidateQueries({
    predicate: ({ queryKey }) =>
      queryKey[0] === 'calendar' || (queryKey[0] === 'campaigns' && queryKey[1] !== 'preview' && !(queryKey[1] === 'detail' && queryKey[2] === saved.id)),
  })
}
