// A short-lived, in-process memory of sessions found in the database, keyed by the token's SHA-256 (the raw
// token is never kept). Under load most requests are a signed-in user's next request seconds after the
// previous one; remembering the session for TDKT_SESSION_CACHE_SECONDS (default 5, 0 turns it off) saves the
// session statement on each of them (GET /api/people/:id: two statements become one).
//
// Security first — what is revoked stops working at once in this process:
// - sign-out, a password change or reset, disabling an account (deleteSession / deleteSessionsOf /
//   deleteOtherSessions) forget the token or every session of the account before their DELETE runs;
// - a lookup that was in flight when a revocation happened is not remembered (`epoch`), and for
//   QUARANTINE_MS after a revocation the account's (or token's) sessions are not remembered at all: the
//   DELETE may commit a little after it runs, and a lookup in between still sees the old row;
// - an entry never outlives the session's own expiry.
// Trade-off (docs/scale.md): another `tdkt serve` process, or a change made straight in the database (psql),
// is seen by this process within the cache time, not at once; a role or unit change is seen at once only when
// the account-editing use case calls forgetSessionsOf, else within the cache time. TDKT_SESSION_CACHE_SECONDS=0
// restores one lookup per request.
import type { Session } from './session.ts'

/** How long after a revocation the sessions it concerns are not remembered (covers the DELETE's transaction). */
const QUARANTINE_MS = 60_000
/** At most this many sessions are remembered (the oldest go first); a province has a few thousand accounts. */
const MAX_ENTRIES = 10_000

function cacheMilliseconds(env = process.env): number {
  const raw = env.TDKT_SESSION_CACHE_SECONDS
  if (raw === undefined || raw === '') return 5_000
  const seconds = Number(raw)
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 60) throw new Error(`Biến môi trường TDKT_SESSION_CACHE_SECONDS phải là số giây từ 0 đến 60 (đang là "${raw}")`)
  return seconds * 1000
}

interface Entry {
  session: Session
  account: string
  /** Epoch milliseconds after which the database is asked again. */
  until: number
}

/** A lookup under way: the revocation count when it started. */
export interface Lookup {
  epoch: number
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>()
  private readonly quarantine = new Map<string, number>()
  private epoch = 0

  constructor(readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  get(tokenHash: string): Session | null {
    const entry = this.entries.get(tokenHash)
    if (!entry) return null
    if (entry.until > this.now()) return entry.session
    this.entries.delete(tokenHash)
    return null
  }

  startLookup(): Lookup {
    return { epoch: this.epoch }
  }

  /** Remembers a session read from the database by `lookup`, unless a revocation happened meanwhile or recently. */
  remember(lookup: Lookup, tokenHash: string, session: Session, expiresAt: number): void {
    if (this.ttlMs === 0 || lookup.epoch !== this.epoch) return
    const now = this.now()
    const account = accountKey(session.actor.provinceId, session.actor.accountId)
    if (this.quarantined(account, now) || this.quarantined(tokenHash, now)) return
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(tokenHash, { session, account, until: Math.min(now + this.ttlMs, expiresAt) })
  }

  revokeToken(tokenHash: string): void {
    this.revoke(tokenHash)
    this.entries.delete(tokenHash)
  }

  revokeAccount(provinceId: string, accountId: string): void {
    const account = accountKey(provinceId, accountId)
    this.revoke(account)
    for (const [tokenHash, entry] of this.entries) if (entry.account === account) this.entries.delete(tokenHash)
  }

  private revoke(key: string): void {
    this.epoch++
    const now = this.now()
    for (const [k, until] of this.quarantine) if (until <= now) this.quarantine.delete(k)
    this.quarantine.set(key, now + QUARANTINE_MS)
  }

  private quarantined(key: string, now: number): boolean {
    return (this.quarantine.get(key) ?? 0) > now
  }
}

const accountKey = (provinceId: string, accountId: string) => `${provinceId}/${accountId}`

/** The process's cache, used by findSession and the revocations of session.ts. */
export const sessionCache = new SessionCache(cacheMilliseconds())
