// The shapes the notifications API answers and the query keys the bell and the page share.
import type { NotificationRecord } from '../../../server/modules/notifications/notifications.repository.ts'
import type { DueDigest, DueItem, DueKind } from '../../../server/modules/notifications/due-items.ts'
import type { Page } from '../../types.ts'

export type { DueDigest, DueItem, NotificationRecord }

export interface NotificationPage extends Page<NotificationRecord> {
  unread: number
}

export const NOTIFICATIONS_KEY = ['notifications'] as const
export const UNREAD_KEY = [...NOTIFICATIONS_KEY, 'unread-count'] as const

/** The bell asks for the unread count this often. */
export const POLL_MS = 60_000

export const READ_FILTER_OPTIONS = [
  { value: 'all', label: 'Tất cả' },
  { value: 'unread', label: 'Chưa đọc' },
  { value: 'read', label: 'Đã đọc' },
] as const

export const DUE_KIND_COLORS: Record<DueKind, string> = {
  campaign_deadline: 'blue',
  registration: 'geekblue',
  nomination_check: 'purple',
  council_vote: 'volcano',
  public_comments: 'orange',
  decision_issue: 'green',
}

/** Only app paths are followed (the server stores nothing else; this guards the client all the same). */
export const safeLink = (link: string | null): string | null => (link && link.startsWith('/') && !link.startsWith('//') ? link : null)
