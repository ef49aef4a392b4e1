// Cookie sessions: a random token in an HttpOnly SameSite=Lax cookie; the database keeps only
// its SHA-256. Each session has its own CSRF token, sent back by the SPA in X-CSRF-Token.
// Sessions found in the database are remembered in this process for a few seconds (session-cache.ts), so a
// burst of requests of one signed-in user costs one lookup; every revocation below forgets them at once.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { Actor, Role } from './policy.ts'
import { sessionCache } from './session-cache.ts'

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
  const tokenHash = sha256(token)
  const cached = sessionCache.get(tokenHash)
  if (cached) return cached
  const lookup = sessionCache.startLookup()
  const rows = await db.query<{
    account_id: string; province_id: string; username: string; display_name: string; role: Role
    organization_id: string; path: string; csrf_token: string; expires_at: Date | string
  }>(
    `SELECT a.id AS account_id, a.province_id, a.username, a.display_name, a.role, a.organization_id, o.path, s.csrf_token, s.expires_at
       FROM sessions s
       JOIN accounts a ON a.province_id = s.province_id AND a.id = s.account_id
       JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT a.disabled`,
    [tokenHash],
  )
  const row = rows[0]
  if (!row) return null
  const session: Session = {
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
  sessionCache.remember(lookup, tokenHash, session, new Date(row.expires_at).getTime())
  return session
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  const tokenHash = sha256(token)
  sessionCache.revokeToken(tokenHash)
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
}

export async function deleteSessionsOf(db: Db, provinceId: string, accountId: string): Promise<void> {
  sessionCache.revokeAccount(provinceId, accountId)
  await db.query('DELETE FROM sessions WHERE province_id = $1 AND account_id = $2', [provinceId, accountId])
}

/** Signs an account out everywhere except the given session (after a password change). */
export async function deleteOtherSessions(db: Db, provinceId: string, accountId: string, keepToken: string): Promise<void> {
  sessionCache.revokeAccount(provinceId, accountId)
  await db.query('DELETE FROM sessions WHERE province_id = $1 AND account_id = $2 AND token_hash <> $3', [provinceId, accountId, sha256(keepToken)])
}

/**
 * The account's role, unit or name changed without signing it out: its sessions in this process are read
 * again from the database on their next request (the account-editing use case calls this in its transaction).
 */
export function forgetSessionsOf(provinceId: string, accountId: string): void {
  sessionCache.revokeAccount(provinceId, accountId)
}
