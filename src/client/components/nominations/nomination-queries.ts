// The nominations API as the screens read it: query keys, the detail of one nomination, and the shapes.
import { useQuery } from '@tanstack/react-query'
import { api } from '../../api.ts'
import type { NominationDetail } from '../../../server/modules/nominations/nomination-view.ts'

export type { NominationDetail, NominationSummary, BatchView, AttachmentView, GeneratedPartView } from '../../../server/modules/nominations/nomination-view.ts'
export type { Submission } from '../../../server/modules/nominations/submit-nominations.ts'

/** Every nominations query (lists and details): invalidated after any write. */
export const NOMINATIONS_KEY = ['nominations'] as const
export const nominationKey = (id: string) => ['nominations', 'detail', id] as const

export function useNomination(id: string) {
  return useQuery({ queryKey: nominationKey(id), queryFn: () => api.get<NominationDetail>(`/api/nominations/${id}`) })
}
