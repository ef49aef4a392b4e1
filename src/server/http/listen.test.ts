import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { expect, it } from 'vitest'
import { listen } from './listen.ts'

it('serves on the port asked, keeping idle connections longer than a reverse proxy does (60 s)', async () => {
  let address: AddressInfo | undefined
  const server = listen(() => new Response('ok'), 0, '127.0.0.1', (info) => (address = info))
  await once(server, 'listening')
  try {
    const res = await fetch(`http://127.0.0.1:${address!.port}/`)
    expect(await res.text()).toBe('ok')
    expect(res.headers.get('keep-alive')).toBe('timeout=65')
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout)
  } finally {
    server.closeAllConnections()
    server.close()
  }
})
