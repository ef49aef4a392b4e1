// A PostgreSQL pool whose every connection stays busy (many long reads at once) makes a waiting request "busy",
// answered 503 with Retry-After, never "database unavailable"; the pool serves again once a connection is free.
// PostgreSQL only: PGlite has one connection in the process and no pool to wait for.
import { describe, expect, it } from 'vitest'
import { adminUrl } from '../testing/global-setup.ts'
import { testApp } from '../testing/api-client.ts'
import { DatabaseBusyError, isConnectionError, openPostgres } from './client.ts'
import { SERVER_BUSY_MESSAGE } from '../http/errors.ts'

describe.skipIf(process.env.TDKT_TEST_DB !== 'postgres')('a pool whose only connection stays busy', () => {
  it('refuses the waiting query and the waiting request as busy, then serves again', async () => {
    const db = openPostgres(adminUrl(), { max: 1, waitMs: 300, applicationName: 'tdkt-pool-busy-test' })
    try {
      await db.query('SELECT 1') // the one connection is open
      const holding = db.transaction((tx) => tx.query('SELECT pg_sleep(1.5)'))

      const waiting = await db.query('SELECT 1').catch((error: unknown) => error)
      expect(waiting).toBeInstanceOf(DatabaseBusyError)
      expect(isConnectionError(waiting)).toBe(false)

      // Through the app: the session lookup waits for the pool and the answer says the server is busy.
      const res = await testApp(db).request('/api/auth/me', { headers: { cookie: 'tdkt_session=abc' } })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('5')
      expect(await res.json()).toEqual({ error: { code: 'SERVER_BUSY', message: SERVER_BUSY_MESSAGE } })

      await holding
      expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }])
    } finally {
      await db.close()
    }
  })

  it('still calls a server that does not answer at all "unavailable"', async () => {
    // A port nothing listens on: the connection is refused, with no connection open in the pool.
    const db = openPostgres('postgres://postgres@127.0.0.1:1/postgres', { max: 1, waitMs: 300 })
    try {
      const error = await db.query('SELECT 1').catch((e: unknown) => e)
      expect(error).not.toBeInstanceOf(DatabaseBusyError)
      expect(isConnectionError(error)).toBe(true)
    } finally {
      await db.close()
    }
  })
})
