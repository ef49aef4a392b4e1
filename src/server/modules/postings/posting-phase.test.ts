import { describe, expect, it } from 'vitest'
import { postingPhase } from './posting-phase.ts'

const P = { startsOn: '2025-11-01', endsOn: '2025-11-10', withdrawnAt: null }

describe('posting phase', () => {
  it('is open from the first to the last day inclusive', () => {
    expect(postingPhase(P, '2025-10-31')).toBe('upcoming')
    expect(postingPhase(P, '2025-11-01')).toBe('open')
    expect(postingPhase(P, '2025-11-10')).toBe('open')
    expect(postingPhase(P, '2025-11-11')).toBe('closed')
  })

  it('is withdrawn whatever the day', () => {
    expect(postingPhase({ ...P, withdrawnAt: '2025-11-02T03:00:00Z' }, '2025-11-05')).toBe('withdrawn')
  })
})
