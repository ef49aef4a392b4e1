// The only SQL of notifications (thông báo). Every read is by (province, account): an account sees only its own.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import type { NotificationInput } from './notify.ts'

async function insertFor(tx: Db, provinceId: string, accountIds: readonly string[], input: NotificationInput): Promise<number> {
  if (accountIds.length === 0) return 0
  const rows = await tx.query(
    `INSERT INTO notifications (province_id, id, account_id, kind, title, body, link)
     SELECT $1, t.id, t.account_id, $4, $5, $6, $7 FROM unnest($2::uuid[], $3::uuid[]) AS t(id, account_id)
     RETURNING id`,
    [provinceId, accountIds.map(() => randomUUID()), accountIds, input.kind, input.title.slice(0, 300), input.body?.slice(0, 4000) ?? null, input.link ?? null],
  )
  return rows.length
}

/** One row per active account of the organization (roles: null = every role). */
export async function insertForOrganization(tx: Db, provinceId: string, organizationId: string, roles: readonly string[] | null, input: NotificationInput): Promise<number> {
  const accounts = await tx.query<{ id: string }>(
    `SELECT id FROM accounts WHERE province_id = $1 AND organization_id = $2 AND NOT disabled AND ($3::text[] IS NULL OR role = ANY($3::text[]))`,
    [provinceId, organizationId, roles],
  )
  return insertFor(tx, provinceId, accounts.map((a) => a.id), input)
}

/** One row per listed account that exists in the province and is active (duplicates written once). */
export async function insertForAccounts(tx: Db, provinceId: string, accountIds: readonly string[], input: NotificationInput): Promise<number> {
  const accounts = await tx.query<{ id: string }>(
    `SELECT id FROM accounts WHERE province_id = $1 AND id = ANY($2::uuid[]) AND NOT disabled`,
    [provinceId, [...new Set(accountIds)]],
  )
  return insertFor(tx, provinceId, accounts.map((a) => a.id), input)
}

// ── the account's own notifications ─────────────────────────────────────────────────────────────

export interface NotificationRecord {
  id: string
  kind: string
  title: string
  body: string | null
  link: string | null
  createdAt: string
  readAt: string | null
}

export type ReadFilter = 'all' | 'unread' | 'read'

const COLUMNS = `id, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt"`
const MINE = `province_id = $1 AND account_id = $2 AND ($3::text = 'all' OR ($3::text = 'unread') = (read_at IS NULL))`

/** The account's notifications: unread first, then newest first. */
export async function listOwn(
  db: Db, provinceId: string, accountId: string, f: { filter: ReadFilter; limit: number; offset: number },
): Promise<{ items: NotificationRecord[]; total: number }> {
  const params = [provinceId, accountId, f.filter]
  const [items, count] = await Promise.all([
    db.query<NotificationRecord>(
      `SELECT ${COLUMNS} FROM notifications WHERE ${MINE} ORDER BY (read_at IS NULL) DESC, seq DESC LIMIT $4 OFFSET $5`,
      [...params, f.limit, f.offset],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM notifications WHERE ${MINE}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

export async function countUnread(db: Db, provinceId: string, accountId: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM notifications WHERE province_id = $1 AND account_id = $2 AND read_at IS NULL`,
    [provinceId, accountId],
  )
  return rows[0]?.n ?? 0
}

/** Marks one of the account's notifications read (kept as first read); undefined when it is not the account's. */
export async function markOwnRead(db: Db, provinceId: string, accountId: string, id: string): Promise<NotificationRecord | undefined> {
  const rows = await db.query<NotificationRecord>(
    `UPDATE notifications SET read_at = coalesce(read_at, clock_timestamp())
      WHERE province_id = $1 AND account_id = $2 AND id = $3 RETURNING ${COLUMNS}`,
    [provinceId, accountId, id],
  )
  return rows[0]
}

/** Marks read every unread notification of the account created up to `upTo` (what the user saw). */
export async function markAllOwnRead(db: Db, provinceId: string, accountId: string, upTo: string | null): Promise<number> {
  const rows = await db.query(
    `UPDATE notifications SET read_at = clock_timestamp()
      WHERE province_id = $1 AND account_id = $2 AND read_at IS NULL AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz) RETURNING id`,
    [provinceId, accountId, upTo],
  )
  return rows.length
}

// ── daily digests ───────────────────────────────────────────────────────────────────────────────

export interface DigestRecipient {
  provinceId: string
  accountId: string
  username: string
  displayName: string
  email: string
  role: string
  organizationId: string
  organizationPath: string
}

/** Active accounts with an e-mail address that have no digest recorded for the day (every province). */
export async function listDigestRecipients(db: Db, day: string): Promise<DigestRecipient[]> {
  return db.query<DigestRecipient>(
    `SELECT a.province_id AS "provinceId", a.id AS "accountId", a.username, a.display_name AS "displayName", a.email, a.role,
            a.organization_id AS "organizationId", o.path AS "organizationPath"
       FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id
      WHERE a.email IS NOT NULL AND NOT a.disabled
        AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.province_id = a.province_id AND d.account_id = a.id AND d.day = $1::date)
      ORDER BY a.province_id, a.username`,
    [day],
  )
}

/** Claims the day's digest for the account; false when another run already recorded it. */
export async function recordDigest(
  db: Db, r: { provinceId: string; accountId: string; day: string; email: string; dueItems: number; unreadItems: number },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO notification_digests (province_id, account_id, day, email, due_items, unread_items) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING RETURNING account_id`,
    [r.provinceId, r.accountId, r.day, r.email, r.dueItems, r.unreadItems],
  )
  return rows.length > 0
}

/** Releases a claim whose e-mail could not be sent, so the next run tries again. */
export async function deleteDigest(db: Db, provinceId: string, accountId: string, day: string): Promise<void> {
  await db.query(`DELETE FROM notification_digests WHERE province_id = $1 AND account_id = $2 AND day = $3::date`, [provinceId, accountId, day])
}
