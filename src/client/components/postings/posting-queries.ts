// The postings API (công khai danh sách) as the screens read it: query keys, the detail of one posting, and the shapes.
import { useQuery } from '@tanstack/react-query'
import { api } from '../../api.ts'
import type { PostingDetail } from '../../../server/modules/postings/posting-view.ts'

export type { PostingDetail, PostingSummary, PostingItemView } from '../../../server/modules/postings/posting-view.ts'
export type { PostingPhase } from '../../../server/modules/postings/posting-phase.ts'
export type { ClosedSession } from '../../../server/modules/postings/list-closed-sessions.ts'
export type { PublicPosting } from '../../../server/modules/postings/public-posting.ts'

/** Every postings query (lists and details): invalidated after any write. */
export const POSTINGS_KEY = ['postings'] as const
export const postingKey = (id: string) => ['postings', 'detail', id] as const

export function usePosting(id: string) {
  return useQuery({ queryKey: postingKey(id), queryFn: () => api.get<PostingDetail>(`/api/postings/${id}`) })
}
