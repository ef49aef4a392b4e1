// A change to a session: the server answers with the session as it now stands, which replaces the cached one.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App } from 'antd'
import { toApiError } from '../../api.ts'
import { councilKeys, type SessionDetail } from './council-queries.ts'

export function useSessionAction<V>(sessionId: string, run: (input: V) => Promise<SessionDetail>, success?: string, onError?: (error: unknown) => void) {
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: async (fresh) => {
      queryClient.setQueryData(councilKeys.session(sessionId), fresh)
      if (success) message.success(success)
      await Promise.all(
        [councilKeys.mine, councilKeys.eligible(sessionId), councilKeys.ballot(sessionId)].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      )
    },
    onError: onError ?? ((caught) => message.error(toApiError(caught).message)),
  })
}
