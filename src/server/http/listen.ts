// The HTTP server of `tdkt serve` (and of the benchmark's server process): @hono/node-server on Node's http.
import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * An idle keep-alive connection is kept 65 s, longer than a reverse proxy's (nginx's upstream keepalive_timeout:
 * 60 s): with Node's 5 s, the server could close a connection just as the proxy (or a client whose timers run late
 * on a busy event loop) sends the next request on it, which then fails with ECONNRESET (a 502 behind nginx).
 */
const KEEP_ALIVE_MS = 65_000

export function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string, onListening: (info: AddressInfo) => void) {
  const server = serve({ fetch, port, hostname }, onListening) as Server // HTTP/1.1: no createServer option given
  server.keepAliveTimeout = KEEP_ALIVE_MS
  server.headersTimeout = KEEP_ALIVE_MS + 1_000 // must exceed keepAliveTimeout
  return server
}
