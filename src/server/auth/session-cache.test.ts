// The in-process session cache: remembered for its time and never past the session's expiry; revocations
// forget at once, and a lookup racing a revocation (in flight, or reading before the DELETE commits) is not
// remembered.
import { describe, expect, it } from 'vitest'
import { SessionCache } from './session-cache.ts'
import type { Session } from './session.ts'

const session = (accountId: string, provinceId = 'p1'): Session => ({
  csrfToken: `csrf-${accountId}`,
  actor: { accountId, provinceId, username: accountId, displayName: accountId, role: 'officer', organizationId: 'o1', organizationPath: '/o1/' },
})

function clock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('SessionCache', () => {
  it('remembers a session for its time, and never past the session expiry', () => {
    const c = clock()
    const cache = new SessionCache(5_000, c.now)
    cache.remember(cache.startLookup(), 'h1', session('a1'), c.now() + 60_000)
    cache.remember(cache.startLookup(), 'h2', session('a2'), c.now() + 1_000)
    expect(cache.get('h1')?.actor.accountId).toBe('a1')
    expect(cache.get('h2')?.actor.accountId).toBe('a2')
    c.advance(1_000)
    expect(cache.get('h2')).toBeNull()
    expect(cache.get('h1')).not.toBeNull()
    c.advance(4_000)
    expect(cache.get('h1')).toBeNull()
  })

  it('remembers nothing when turned off', () => {
    const cache = new SessionCache(0)
    cache.remember(cache.startLookup(), 'h1', session('a1'), Date.now() + 60_000)
    expect(cache.get('h1')).toBeNull()
  })

  it('sign-out forgets the token at once and does not remember it again for a while', () => {
    const c = clock()
    const cache = new SessionCache(5_000, c.now)
    cache.remember(cache.startLookup(), 'h1', session('a1'), c.now() + 60_000)
    cache.remember(cache.startLookup(), 'h2', session('a1'), c.now() + 60_000)
    cache.revokeToken('h1')
    expect(cache.get('h1')).toBeNull()
    expect(cache.get('h2')).not.toBeNull() // the account's other session is untouched
    cache.remember(cache.startLookup(), 'h1', session('a1'), c.now() + 60_000) // a lookup before the DELETE committed
    expect(cache.get('h1')).toBeNull()
    c.advance(61_000)
    cache.remember(cache.startLookup(), 'h1', session('a1'), c.now() + 60_000)
    expect(cache.get('h1')).not.toBeNull()
  })

  it('revoking an account forgets all its sessions, only its own, in its province', () => {
    const c = clock()
    const cache = new SessionCache(5_000, c.now)
    cache.remember(cache.startLookup(), 'h1', session('a1'), c.now() + 60_000)
    cache.remember(cache.startLookup(), 'h2', session('a1'), c.now() + 60_000)
    cache.remember(cache.startLookup(), 'h3', session('a2'), c.now() + 60_000)
    cache.remember(cache.startLookup(), 'h4', session('a1', 'p2'), c.now() + 60_000)
    cache.revokeAccount('p1', 'a1')
    expect([cache.get('h1'), cache.get('h2')]).toEqual([null, null])
    expect(cache.get('h3')?.actor.accountId).toBe('a2')
    expect(cache.get('h4')?.actor.provinceId).toBe('p2')
    cache.remember(cache.startLookup(), 'h1', session('a1'), c.now() + 60_000)
    expect(cache.get('h1')).toBeNull()
  })

  it('does not remember a lookup that was in flight when any revocation happened', () => {
    const c = clock()
    const cache = new SessionCache(5_000, c.now)
    const inFlight = cache.startLookup()
    cache.revokeAccount('p1', 'someone-else')
    c.advance(61_000) // even once the quarantine is over
    cache.remember(inFlight, 'h1', session('a1'), c.now() + 60_000)
    expect(cache.get('h1')).toBeNull()
  })

  it('keeps at most 10,000 sessions, dropping the oldest', () => {
    const cache = new SessionCache(5_000)
    for (let i = 0; i <= 10_000; i++) cache.remember(cache.startLookup(), `h${i}`, session(`a${i}`), Date.now() + 60_000)
    expect(cache.get('h0')).toBeNull()
    expect(cache.get('h1')).not.toBeNull()
    expect(cache.get('h10000')).not.toBeNull()
  })
})
