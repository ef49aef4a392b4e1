// A subject's history page (/api/history/:kind/:id) and what to refresh after one of its records changes:
// the page, the subject's evaluations, the eligible lists and the registry.
import { useQuery, type QueryClient } from '@tanstack/react-query'
import type { SubjectKind } from '../../../rules/types.ts'
import { api } from '../../api.ts'
import type { SubjectHistoryPage } from '../../types.ts'
import { evaluationKey } from '../eligibility/eligibility-queries.ts'

export const historyKey = (kind: SubjectKind, id: string) => ['history', kind, id] as const
export const historyUrl = (kind: SubjectKind, id: string) => `/api/history/${kind}/${id}`

export function useSubjectHistory(kind: SubjectKind, id: string) {
  return useQuery({ queryKey: historyKey(kind, id), queryFn: () => api.get<SubjectHistoryPage>(historyUrl(kind, id)) })
}

export async function refreshAfterHistoryWrite(queryClient: QueryClient, kind: SubjectKind, id: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: historyKey(kind, id) }),
    queryClient.invalidateQueries({ queryKey: evaluationKey(kind, id) }),
    queryClient.invalidateQueries({ queryKey: ['eligible'] }),
    queryClient.invalidateQueries({ queryKey: ['registry'] }),
  ])
}
