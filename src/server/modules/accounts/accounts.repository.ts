// Every SQL statement about accounts. password_hash is written here but never read back.
import type { Db } from '../../db/client.ts'
import { ROLE_LABELS, type Role } from '../../auth/policy.ts'

export interface Account {
  id: string
  username: string
  displayName: string
  /** Where the daily digest of notifications is sent (thư điện tử); null: none. */
  email: string | null
  role: Role
  roleLabel: string
  organizationId: string
  organizationName: string
  disabled: boolean
  /** Set only while the sign-in lockout is in force. */
  lockedUntil: string | null
  failedLogins: number
  version: number
  createdAt: string
}

/** An account with the path of its organization, for subtree checks. */
export interface AccountWithPath extends Account {
  organizationPath: string
}

type AccountRow = Omit<AccountWithPath, 'roleLabel' | 'lockedUntil' | 'createdAt'> & { lockedUntil: Date | null; createdAt: Date }

const SELECT = `SELECT a.id, a.username, a.display_name AS "displayName", a.email, a.role, a.organization_id AS "organizationId",
       o.name AS "organizationName", o.path AS "organizationPath", a.disabled,
       CASE WHEN a.locked_until > now() THEN a.locked_until END AS "lockedUntil",
       a.failed_logins AS "failedLogins", a.version, a.created_at AS "createdAt"
  FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id`

function toAccount(row: AccountRow): AccountWithPath {
  return {
    ...row,
    roleLabel: ROLE_LABELS[row.role],
    lockedUntil: row.lockedUntil ? new Date(row.lockedUntil).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
  }
}

/** The public shape: drops the organization path. */
export function publicAccount({ organizationPath: _path, ...account }: AccountWithPath): Account {
  return account
}

export async function findAccount(db: Db, provinceId: string, id: string): Promise<AccountWithPath | undefined> {
  const rows = await db.query<AccountRow>(`${SELECT} WHERE a.province_id = $1 AND a.id = $2`, [provinceId, id])
  return rows[0] && toAccount(rows[0])
}

export interface AccountFilter {
  scopePath: string
  q?: string | undefined
  limit: number
  offset: number
}

export async function searchAccounts(db: Db, provinceId: string, f: AccountFilter): Promise<{ items: Account[]; total: number }> {
  const where = `a.province_id = $1 AND o.path LIKE $2 || '%'
    AND ($3::text IS NULL OR a.username LIKE '%' || lower($3::text) || '%' OR tdkt_fold(a.display_name) LIKE '%' || tdkt_fold($3::text) || '%')`
  const params = [provinceId, f.scopePath, f.q?.trim() || null]
  const [rows, count] = await Promise.all([
    db.query<AccountRow>(`${SELECT} WHERE ${where} ORDER BY tdkt_fold(a.display_name), a.username LIMIT $4 OFFSET $5`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id WHERE ${where}`,
      params,
    ),
  ])
  return { items: rows.map((row) => publicAccount(toAccount(row))), total: count[0]?.total ?? 0 }
}

export interface NewAccount {
  id: string
  username: string
  displayName: string
  passwordHash: string
  role: Role
  organizationId: string
  email: string | null
}

export async function insertAccount(db: Db, provinceId: string, a: NewAccount): Promise<void> {
  await db.query(
    `INSERT INTO accounts (province_id, id, username, password_hash, display_name, role, organization_id, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [provinceId, a.id, a.username, a.passwordHash, a.displayName, a.role, a.organizationId, a.email],
  )
}

export interface AccountChanges {
  displayName: string
  role: Role
  organizationId: string
  disabled: boolean
  email: string | null
  /** null keeps the current password. */
  passwordHash: string | null
}

/** Optimistic update: false when the version no longer matches. */
export async function updateAccountRow(db: Db, provinceId: string, id: string, c: AccountChanges, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE accounts SET display_name = $3, role = $4, organization_id = $5, disabled = $6, password_hash = coalesce($7, password_hash),
            email = $9, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $8 RETURNING id`,
    [provinceId, id, c.displayName, c.role, c.organizationId, c.disabled, c.passwordHash, expectedVersion, c.email],
  )
  return rows.length > 0
}

/** Lifts the sign-in lockout (failed_logins, locked_until are security counters, not edited data: no version bump). */
export async function unlockAccountRow(db: Db, provinceId: string, id: string): Promise<void> {
  await db.query(`UPDATE accounts SET failed_logins = 0, locked_until = NULL, updated_at = now() WHERE province_id = $1 AND id = $2`, [provinceId, id])
}
