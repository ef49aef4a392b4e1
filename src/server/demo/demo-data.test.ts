import { describe, expect, it } from 'vitest'
import { buildDemoData } from './demo-data.ts'
import { cccdMatchesPerson } from '../../shared/people.ts'

describe('demo data generator', () => {
  it('is deterministic apart from the UUIDs', () => {
    const a = buildDemoData()
    const b = buildDemoData()
    const strip = (d: ReturnType<typeof buildDemoData>) => d.people.map((p) => [p.fullName, p.birthDate, p.sex, p.cccd, p.position, p.category])
    expect(strip(a)).toEqual(strip(b))
    expect(a.organizations.map((o) => o.name)).toEqual(b.organizations.map((o) => o.name))
    expect(a.households.map((h) => h.headName)).toEqual(b.households.map((h) => h.headName))
  })

  it('gives every person a CCCD matching sex and birth year, and Văn/Thị names the matching sex', () => {
    const { people } = buildDemoData()
    expect(people.length).toBeGreaterThan(350)
    expect(people.length).toBeLessThan(500)
    for (const p of people) {
      expect(cccdMatchesPerson(p.cccd, p)).toBeNull()
      if (p.fullName.split(' ').slice(1, -1).includes('Văn')) expect(p.sex).toBe('nam')
      if (p.fullName.split(' ').slice(1, -1).includes('Thị')) expect(p.sex).toBe('nu')
    }
  })
})
