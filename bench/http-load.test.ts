import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SERVER_HEAP_FLAG } from './http-load.ts'

describe('the benchmark server', () => {
  it('runs with the heap budget npm start gives the server', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
    expect(scripts.start).toContain(`node ${SERVER_HEAP_FLAG} bin/tdkt.mjs serve`)
  })
})
