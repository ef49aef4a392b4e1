// Who decides a nomination, and may that level confer the title or form? (law.md §1.5, §2.4.) The head of
// an organization holds the authorities of its kind and level — a commune's chair (Chủ tịch UBND xã), the
// province's chair, a Sở's director, an enterprise's director, a Party committee, a mass organisation —
// and the catalogue says which authorities may confer a code on a date. A proposal goes up the unit's
// chain to the first level that may; a level that may not ("a form beyond its authority sent as its own
// decision") is recorded with the level the proposal must go to. Pure.
import { AUTHORITIES, type AuthorityCode } from '../../../rules/index.ts'
import type { AuthorityGrant } from '../../../rules/catalogue/types.ts'
import { viDate } from '../../../rules/dates.ts'
import { activeOn, type OrganizationKind } from '../../../shared/organizations.ts'

export interface ChainOrganization {
  id: string
  name: string
  kind: OrganizationKind
  validFrom: string | null
  validTo: string | null
}

const TERRITORIAL: readonly OrganizationKind[] = ['province', 'district', 'commune', 'ward', 'special_zone']
type Territory = 'province' | 'district' | 'commune'

function territoryOf(org: ChainOrganization, ancestors: readonly ChainOrganization[]): Territory | null {
  const territory = [org, ...[...ancestors].reverse()].find((o) => TERRITORIAL.includes(o.kind))
  if (!territory) return null
  return territory.kind === 'province' || territory.kind === 'district' ? territory.kind : 'commune'
}

const CHAIR: Record<Territory, AuthorityCode> = { province: 'CHU_TICH_UBND_TINH', district: 'CHU_TICH_UBND_HUYEN', commune: 'CHU_TICH_UBND_XA' }
const PARTY: Record<Territory, AuthorityCode[]> = { province: ['BTV_TINH_UY', 'BTV_CAP_TREN'], district: ['BTV_CAP_TREN'], commune: ['DANG_UY_CO_SO'] }

/**
 * The authorities the head of an organization holds (ancestors: from the root down to its parent). A
 * territory (commune, province…) decides through its People's Committee's chairman; a department only when it is a Sở of the
 * province (a commune's offices decide nothing themselves); villages, schools, Party cells none.
 */
export function authoritiesOf(org: ChainOrganization, ancestors: readonly ChainOrganization[]): AuthorityCode[] {
  const territory = territoryOf(org, ancestors)
  switch (org.kind) {
    case 'province':
    case 'district':
    case 'commune':
    case 'ward':
    case 'special_zone':
      return territory ? [CHAIR[territory]] : []
    // The People's Committee's chairman is the chair of its territory: the territory decides (its council
    // reviews, its register numbers the decision), whether the nominee works under the committee or not.
    case 'peoples_committee':
      return []
    case 'department':
      return territory === 'province' ? ['THU_TRUONG_CO_QUAN_CHUYEN_MON'] : []
    case 'enterprise':
      return ['GIAM_DOC_DOANH_NGHIEP']
    case 'party_committee':
      return territory ? PARTY[territory] : []
    case 'fatherland_front':
    case 'mass_organization':
      return ['TO_CHUC_CT_XH']
    default:
      return []
  }
}

interface Named {
  code: AuthorityCode
  name: string
}

const named = (code: AuthorityCode): Named => ({ code, name: AUTHORITIES[code].label })

export interface DecidingAuthority {
  organizationId: string
  organizationName: string
  /** The decision date the check concerns (it chooses the rule set). */
  date: string
  /** The authority the deciding organization's head would decide under: the grant, or the first one it holds. */
  authority: Named | null
  competent: boolean
  /** The article granting the authority, when competent. */
  citation: string | null
  /** Who may confer the title or form on the date. */
  competentAuthorities: Named[]
  /** Where the proposal must go when the deciding organization may not confer it (organization null: outside the unit's chain). */
  escalateTo: { organizationId: string | null; organizationName: string | null; authorities: Named[] } | null
  /** The verdict in one Vietnamese sentence. */
  summary: string
}

export interface DeciderQuestion {
  /** Short name of the title or form ("Bằng khen Chủ tịch UBND tỉnh"). */
  targetShort: string
  /** The catalogue's grants for the code under the rule set of the date. */
  grants: readonly AuthorityGrant[]
  date: string
  /** The nominating organization first, then each ancestor up to the root. */
  chain: readonly ChainOrganization[]
  /** The deciding organization chosen by the user (one of the chain); else the first level that may confer it. */
  chosenId?: string | undefined
}

/** The deciding organization of a nomination and whether it may confer the title or form on the date. */
export function resolveDecider(q: DeciderQuestion): DecidingAuthority {
  const held = q.chain.map((org, i) => (activeOn(org, q.date) ? authoritiesOf(org, q.chain.slice(i + 1).reverse()) : []))
  const grantOf = (i: number) => q.grants.find((g) => held[i]!.includes(g.authority))
  const competentIndex = q.chain.findIndex((_, i) => grantOf(i) !== undefined)
  const chosenIndex = q.chosenId === undefined ? -1 : q.chain.findIndex((o) => o.id === q.chosenId)
  if (q.chosenId !== undefined && chosenIndex < 0) throw new RangeError(`deciding organization ${q.chosenId} is not in the nominating unit's chain`)
  const index = chosenIndex >= 0 ? chosenIndex : competentIndex >= 0 ? competentIndex : Math.max(0, held.findIndex((codes) => codes.length > 0))
  const org = q.chain[index]!
  const grant = grantOf(index)
  const competentAuthorities = [...new Set(q.grants.map((g) => g.authority))].map(named)
  const on = viDate(q.date)
  const base = { organizationId: org.id, organizationName: org.name, date: q.date, competentAuthorities }
  if (grant) {
    const authority = named(grant.authority)
    return { ...base, authority, competent: true, citation: grant.citation, escalateTo: null, summary: `${org.name} (${authority.name}) có thẩm quyền quyết định ${q.targetShort} (${grant.citation}).` }
  }
  // Up the chain from the deciding level first; a level below it when the one chosen is too high.
  const above = q.chain.findIndex((_, i) => i > index && grantOf(i) !== undefined)
  const target = above >= 0 ? above : competentIndex
  const escalateTo =
    target >= 0
      ? { organizationId: q.chain[target]!.id, organizationName: q.chain[target]!.name, authorities: [named(grantOf(target)!.authority)] }
      : { organizationId: null, organizationName: null, authorities: competentAuthorities }
  const where = escalateTo.organizationName ? `${escalateTo.organizationName} (${escalateTo.authorities[0]!.name})` : escalateTo.authorities.map((a) => a.name).join('; ')
  const heldCodes = held[index]!
  return {
    ...base,
    authority: heldCodes.length > 0 ? named(heldCodes[0]!) : null,
    competent: false,
    citation: null,
    escalateTo,
    summary: `${org.name} không có thẩm quyền quyết định ${q.targetShort} ngày ${on}; phải trình ${target >= 0 && target < index ? '' : 'lên '}${where}.`,
  }
}
