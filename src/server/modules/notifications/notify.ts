// Producers' entry point: other modules call these inside their own transaction, so a notification exists
// exactly when the change that caused it was committed.
import type { Db } from '../../db/client.ts'
import { insertForAccounts, insertForOrganization } from './notifications.repository.ts'

export interface NotificationInput { kind: string; title: string; body?: string; link?: string }

/** Which accounts of an organization receive it: 'unit' = unit accounts only; 'managers' = admin/officer. */
export type NotificationAudience = 'all' | 'unit' | 'managers'

const AUDIENCE_ROLES: Record<NotificationAudience, readonly string[] | null> = {
  all: null,
  unit: ['unit'],
  managers: ['admin', 'officer'],
}

/** Inside the caller's transaction: one notification to every active account of that organization (audience 'unit' = unit accounts only; 'managers' = admin/officer; default all). Returns how many were written. */
export function notifyOrganization(tx: Db, provinceId: string, organizationId: string, input: NotificationInput & { audience?: 'all' | 'unit' | 'managers' }): Promise<number> {
  return insertForOrganization(tx, provinceId, organizationId, AUDIENCE_ROLES[input.audience ?? 'all'], input)
}

export function notifyAccounts(tx: Db, provinceId: string, accountIds: readonly string[], input: NotificationInput): Promise<number> {
  if (accountIds.length === 0) return Promise.resolve(0)
  return insertForAccounts(tx, provinceId, accountIds, input)
}
