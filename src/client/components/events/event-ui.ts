// Shared pieces of the events pages (/su-kien): the API's shapes, the query keys, the status colours, and a
// mutation that puts the event it answers back into the cache.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { EventStatus } from '../../../shared/events.ts'

export type { EventDetail, EventSummary } from '../../../server/modules/events/event-view.ts'
export type { Attendee } from '../../../server/modules/events/attendees.repository.ts'
export type { HonoureeCandidates } from '../../../server/modules/events/list-honouree-sources.ts'
import type { EventDetail } from '../../../server/modules/events/event-view.ts'

export const EVENTS_KEY = ['events'] as const
export const eventKey = (id: string) => [...EVENTS_KEY, 'detail', id] as const

export const STATUS_COLORS: Record<EventStatus, string> = { draft: 'default', planned: 'blue', held: 'green', settled: 'purple' }

/** A write that answers the event as it now stands: the answer replaces the cached event and the list refreshes. */
export function useEventMutation<V>(id: string, write: (variables: V) => Promise<EventDetail>, onDone?: (event: EventDetail) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: async (event) => {
      queryClient.setQueryData(eventKey(id), event)
      onDone?.(event)
      await queryClient.invalidateQueries({ queryKey: [...EVENTS_KEY, 'list'] })
    },
  })
}

/** 1234567 → "1.234.567 đ" */
export const vnd = (n: number | null | undefined) => (n === null || n === undefined ? '' : `${n.toLocaleString('vi-VN')} đ`)
