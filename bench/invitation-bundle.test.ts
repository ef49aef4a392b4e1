import { describe, expect, it } from 'vitest'
import { invitationBundle } from './invitation-bundle.ts'

describe('invitation bundle', () => {
  it('renders the invitations as one Word and one PDF file and times both', async () => {
    const result = await invitationBundle(3)
    expect(result.invitations).toBe(3)
    for (const format of [result.docx, result.pdf]) {
      expect(format.seconds).toBeGreaterThan(0)
      expect(format.bytes).toBeGreaterThan(0)
    }
  }, 60_000)
})
