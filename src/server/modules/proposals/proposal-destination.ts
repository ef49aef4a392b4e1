// Where a nomination is decided, from the authority check stored with it (nominations/deciding-authority.ts):
// the deciding organization when it may confer the form, else the level the proposal must go to (no
// organization: a body outside the unit's chain, such as the Prime Minister). A council of another level
// that passed it must propose it upward. Pure.
import { AUTHORITIES } from '../../../rules/index.ts'
import type { DecidingAuthority } from '../nominations/deciding-authority.ts'
import type { AwardLevel } from '../registry/registry.repository.ts'

type Named = DecidingAuthority['competentAuthorities'][number]

export interface Destination {
  organizationId: string | null
  organizationName: string | null
  authorities: Named[]
  /** "Tỉnh Thái Nguyên (Chủ tịch Ủy ban nhân dân cấp tỉnh)", or the authorities alone outside the chain. */
  label: string
}

export function destinationOf(a: DecidingAuthority): Destination {
  const up = a.competent ? null : a.escalateTo
  const organizationId = a.competent ? a.organizationId : (up?.organizationId ?? null)
  const organizationName = a.competent ? a.organizationName : (up?.organizationName ?? null)
  const authorities = a.competent ? (a.authority ? [a.authority] : []) : (up?.authorities ?? a.competentAuthorities)
  const who = authorities.map((x) => x.name).join('; ')
  const label = organizationName ? `${organizationName}${who ? ` (${who})` : ''}` : who || 'cấp có thẩm quyền'
  return { organizationId, organizationName, authorities, label }
}

/** Must a nomination passed by the council of this organization go up? */
export const beyondLevel = (a: DecidingAuthority, councilOrganizationId: string) => destinationOf(a).organizationId !== councilOrganizationId

/** The registry level of the award once decided where it must go (null when no authority is known). */
export function awardLevelOf(a: DecidingAuthority): AwardLevel | null {
  const code = destinationOf(a).authorities[0]?.code
  return code ? AUTHORITIES[code].level : null
}
