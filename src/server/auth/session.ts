// Cookie sessions: a random token in an HttpOnly SameSite=Lax cookie; the database keeps only
// its SHA-256. Each session has its own CSRF token, sent back by the SPA in X-CSRF-Token.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { Actor, Role } from './policy.ts'

export const SESSION_COOKIE = 'tdkt_session'
export const CSRF_HEADER = 'x-csrf-token'

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

export interface Session {
  actor: Actor
  csrfToken: string
}

export async function createSession(db: Db, actor: Pick<Actor, 'provinceId' | 'accountId'>, hours: number) {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  await db.query(
    `INSERT INTO sessions (token_hash, province_id, account_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [sha256(token), actor.provinceId, actor.accountId, csrfToken, hours],
  )
  return { token, csrfToken }
}

export async function findSession(db: Db, token: string): Promise<Session | null> {
  const rows = await db.query<{
    account_id: string; province_id: string; username: string; display_name: string; role: Role
    organization_id: string; path: string; csrf_token: string
  }>(
    `SELECT a.id AS account_id, a.province_id, a.username, a.display_name, a.role, a.organization_id, o.path, s.csrf_token
       FROM sessions s
       JOIN accounts a ON a.province_id = s.province_id AND a.id = s.account_id
       JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT a.disabled`,
    [sha256(token)],
  )
  const row = rows[0]
  if (!row) return null
  return {
    csrfToken: row.csrf_token,
    actor: {
      accountId: row.account_id,
      provinceId: row.province_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      organizationId: row.organization_id,
      organizationPath: row.path,
    },
  }
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)])
}

export async function deleteSessionsOf(db: Db, provinceId: string, accountId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE province_id = $1 AND account_id = $2', [provinceId, accountId])
}

/** Signs an account out everywhere except the given session (after a password change). */
export async function deleteOtherSessions(db: Db, provinceId: string, accountId: string, keepToken: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE province_id = $1 AND account_id = $2 AND token_hash <> $3', [provinceId, accountId, sha256(keepToken)])
}
