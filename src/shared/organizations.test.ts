import { expect, it } from 'vitest'
import { activeOn, resolveSuccessor } from './organizations.ts'

it('an organization is active between its validity dates, both inclusive', () => {
  const merged = { validFrom: '2019-12-01', validTo: '2025-06-30' }
  expect(activeOn(merged, '2025-06-30')).toBe(true)
  expect(activeOn(merged, '2025-07-01')).toBe(false)
  expect(activeOn({ validFrom: null, validTo: null }, '1990-01-01')).toBe(true)
})

it('old records resolve to the unit in force through the successor chain', () => {
  const byId = new Map([
    ['old', { id: 'old', successorId: 'mid' }],
    ['mid', { id: 'mid', successorId: 'new' }],
    ['new', { id: 'new', successorId: null }],
  ])
  expect(resolveSuccessor('old', byId)?.id).toBe('new')
  const loop = new Map([
    ['a', { id: 'a', successorId: 'b' }],
    ['b', { id: 'b', successorId: 'a' }],
  ])
  expect(['a', 'b']).toContain(resolveSuccessor('a', loop)?.id)
})
