// Which organizations of a subtree are candidates when the eligible list asks about a collective title or
// form: villages for Thôn văn hóa, communes and wards for Xã tiêu biểu, Party organisations for the Party
// track, agencies, units, enterprises and mass organisations for the State's collective titles (and
// villages too for the State's Giấy khen and Bằng khen), any organization for mass-organisation forms.
import { CATALOGUE, type CatalogueCode } from '../../../rules/index.ts'
import type { OrganizationKind } from '../../../shared/organizations.ts'

const UNITS: readonly OrganizationKind[] = ['peoples_committee', 'peoples_council', 'department', 'public_service', 'armed_force', 'enterprise', 'fatherland_front', 'mass_organization']

/** The organization kinds to list for a collective target; null: every kind. */
export function collectiveKindsFor(code: CatalogueCode): readonly OrganizationKind[] | null {
  if (code === 'THON_VAN_HOA') return ['village']
  if (code === 'XA_TIEU_BIEU') return ['commune', 'ward', 'special_zone']
  const entry = CATALOGUE[code]
  if (entry.track === 'party') return ['party_committee', 'party_cell']
  if (entry.track === 'mass') return null
  return entry.category === 'form' ? [...UNITS, 'village'] : UNITS
}
