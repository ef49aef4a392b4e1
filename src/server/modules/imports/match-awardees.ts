// The awardees of a decision matched to the people, units and households of the caller's scope: the
// candidates are loaded in a few queries whatever the number of awardees, then the pure rules of
// awardee-matching.ts decide.
import type { ProposedSubject } from '../../../documents/parse/to-award-records.ts'
import { nameKey } from '../../../documents/parse/to-awards/name-key.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import type { Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { findPeopleByIdentity } from '../history/subjects.repository.ts'
import { listSubtree } from '../organizations/organizations.repository.ts'
import { matchCollective, matchHousehold, matchPerson, type AwardeeMatch, type PlacedCandidate, type UnitCandidate } from './awardee-matching.ts'
import { findHouseholdsByHead } from './imports.repository.ts'

export async function matchAwardees(db: Db, actor: Actor, subjects: readonly ProposedSubject[]): Promise<AwardeeMatch[]> {
  const { provinceId, organizationPath: scopePath } = actor
  const of = (kind: ProposedSubject['kind']) => subjects.filter((s) => s.kind === kind)
  const names = (kind: ProposedSubject['kind']) => [...new Set(of(kind).map((s) => foldAccents(s.name)))]
  const [units, people, households] = await Promise.all([
    listSubtree(db, provinceId, scopePath),
    findPeopleByIdentity(db, provinceId, scopePath, [...new Set(of('individual').flatMap((s) => (s.cccd ? [s.cccd] : [])))], names('individual')),
    findHouseholdsByHead(db, provinceId, scopePath, names('household')),
  ])
  const byId = new Map(units.map((u) => [u.id, u]))
  const keysOf = (u: { name: string; shortName: string | null }) => [nameKey(u.name), ...(u.shortName ? [nameKey(u.shortName)] : [])]
  /** The name keys of a unit and of the units above it inside the scope, the unit first. */
  const unitsOf = (organizationId: string) => {
    const ids = byId.get(organizationId)?.path.split('/').filter(Boolean).reverse() ?? []
    return ids.flatMap((id) => {
      const unit = byId.get(id)
      return unit ? [keysOf(unit)] : []
    })
  }
  const placedPeople: PlacedCandidate[] = people.map((p) => ({
    subjectId: p.id, name: p.name, birthDate: p.birthDate, organizationName: p.organizationName, cccd: p.cccd, units: unitsOf(p.organizationId),
  }))
  const placedHouseholds: PlacedCandidate[] = households.map((h) => ({
    subjectId: h.id, name: h.headName, birthDate: null, organizationName: h.organizationName, cccd: null, units: unitsOf(h.organizationId),
  }))
  const collectives: UnitCandidate[] = units.map((u) => ({
    subjectId: u.id, name: u.name, birthDate: null, organizationName: u.parentId ? (byId.get(u.parentId)?.name ?? null) : null, keys: keysOf(u),
  }))
  return subjects.map((s) => (s.kind === 'individual' ? matchPerson(s, placedPeople) : s.kind === 'household' ? matchHousehold(s, placedHouseholds) : matchCollective(s, collectives)))
}
