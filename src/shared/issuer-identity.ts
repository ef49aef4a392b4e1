// How an organization appears at the head of its plan: the issuing body as printed, the governing body,
// the place name of the date line, the symbol, the name used in running text ("Ủy ban nhân dân xã
// Bình Thành") and the default signature (Decree 30 Appendix I; HD 36-HD/VPTW for Party bodies). Pure.
import { ORGANIZATION_KINDS, type OrganizationKind } from './organizations.ts'
import type { PlanContent } from './campaign-plan.ts'

/** Which header and numbering a document follows: the State's (Decree 30) or the Party's (HD 36). */
export type Track = 'state' | 'party'

export interface OrgLike {
  name: string
  kind: OrganizationKind
}

export interface IssuerIdentity {
  track: Track
  heading: string
  governingBody: string | null
  place: string
  symbol: string
  /** The body as named in running text: "Ủy ban nhân dân tỉnh Thái Nguyên", "Đảng ủy xã Bình Chương". */
  formalName: string
  signer: PlanContent['signer']
}

const TERRITORIAL: readonly OrganizationKind[] = ['province', 'district', 'commune', 'ward', 'special_zone']
const STATE_BODY: readonly OrganizationKind[] = [...TERRITORIAL, 'peoples_committee']

/** Party bodies issue Party documents (HD 36-HD/VPTW); every other body State documents (Decree 30). */
export const trackOf = (kind: OrganizationKind): Track => (ORGANIZATION_KINDS[kind].track === 'party' ? 'party' : 'state')

const upper = (s: string) => s.toLocaleUpperCase('vi')
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1)
const withoutOld = (name: string) => name.replace(/\s*\(cũ\)\s*$/, '')

/** "Xã Bình Thành" → "xã Bình Thành"; "Tỉnh Thái Nguyên" → "tỉnh Thái Nguyên". */
const unitLabel = (territory: OrgLike) => lowerFirst(withoutOld(territory.name))

/** "Xã Bình Thành" → "Bình Thành" (the place name of the date line). */
const placeName = (territory: OrgLike) => withoutOld(territory.name).replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Đặc khu)\s+/i, '')

/** Initials of the words of a name, for the symbol of a unit that has no set abbreviation: "Xóm Đồng Tâm" → "XĐT". */
const initials = (name: string) =>
  withoutOld(name)
    .split(/\s+/)
    .map((word) => upper(word.charAt(0)))
    .filter((c) => /[A-ZĐ0-9]/.test(c))
    .join('')
    .slice(0, 10) || 'DV'

function signer(mode: 'TM' | 'none', onBehalfOf: string | null, title: string): PlanContent['signer'] {
  return { mode, onBehalfOf, title, name: '', personId: null }
}

function unitHeadTitle(org: OrgLike): string {
  if (org.kind === 'village') return `TRƯỞNG ${upper(org.name.split(/\s+/)[0] ?? '')}`.trim()
  if (/^Trường\s/i.test(org.name)) return 'HIỆU TRƯỞNG'
  if (org.kind === 'enterprise' || /^Sở\s/i.test(org.name)) return 'GIÁM ĐỐC'
  if (org.kind === 'mass_organization') return 'CHỦ TỊCH'
  return 'THỦ TRƯỞNG ĐƠN VỊ'
}

/**
 * ancestors: from the province root down to the parent of org.
 * State bodies (the province, a commune or ward, a People's Committee) print "ỦY BAN NHÂN DÂN / XÃ …" with
 * the symbol KH-UBND; a Party committee prints "ĐẢNG ỦY XÃ …" under "ĐẢNG BỘ TỈNH …" with KH/ĐU
 * (a provincial one "TỈNH ỦY …" with KH/TU); a Party cell "CHI BỘ …" with KH/CB; other units their name.
 */
export function issuerIdentity(org: OrgLike, ancestors: readonly OrgLike[]): IssuerIdentity {
  const chain = [...ancestors, org]
  const territory = [...chain].reverse().find((o) => TERRITORIAL.includes(o.kind))
  const province = chain.find((o) => o.kind === 'province')
  const place = territory ? placeName(territory) : withoutOld(org.name)
  const track = trackOf(org.kind)
  const territoryLabel = territory ? unitLabel(territory) : lowerFirst(withoutOld(org.name))

  if (STATE_BODY.includes(org.kind)) {
    return {
      track, place, heading: `ỦY BAN NHÂN DÂN\n${upper(territoryLabel)}`, governingBody: null, symbol: 'KH-UBND',
      formalName: `Ủy ban nhân dân ${territoryLabel}`, signer: signer('TM', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'),
    }
  }
  if (org.kind === 'peoples_council') {
    return {
      track, place, heading: `HỘI ĐỒNG NHÂN DÂN\n${upper(territoryLabel)}`, governingBody: null, symbol: 'KH-HĐND',
      formalName: `Hội đồng nhân dân ${territoryLabel}`, signer: signer('TM', 'HỘI ĐỒNG NHÂN DÂN', 'CHỦ TỊCH'),
    }
  }
  if (org.kind === 'party_committee') {
    const provincial = /^Đảng bộ (tỉnh|thành phố)\s+(.+)$/i.exec(withoutOld(org.name))
    if (provincial) {
      return {
        track, place, heading: `TỈNH ỦY ${upper(provincial[2]!)}`, governingBody: null, symbol: 'KH/TU',
        formalName: `Tỉnh ủy ${provincial[2]}`, signer: signer('TM', 'BAN THƯỜNG VỤ', 'BÍ THƯ'),
      }
    }
    return {
      track, place, heading: upper(withoutOld(org.name)), governingBody: province ? `ĐẢNG BỘ ${upper(unitLabel(province))}` : null, symbol: 'KH/ĐU',
      formalName: withoutOld(org.name), signer: signer('TM', 'ĐẢNG ỦY', 'BÍ THƯ'),
    }
  }
  if (org.kind === 'party_cell') {
    const committee = [...ancestors].reverse().find((o) => o.kind === 'party_committee')
    return {
      track, place, heading: upper(withoutOld(org.name)),
      governingBody: committee ? upper(withoutOld(committee.name).replace(/^Đảng ủy/i, 'Đảng bộ')) : null, symbol: 'KH/CB',
      formalName: withoutOld(org.name), signer: signer('TM', 'CHI BỘ', 'BÍ THƯ'),
    }
  }
  if (org.kind === 'fatherland_front') {
    return {
      track, place, heading: upper(withoutOld(org.name)), governingBody: null, symbol: 'KH-MTTQ',
      formalName: withoutOld(org.name), signer: signer('TM', 'BAN THƯỜNG TRỰC', 'CHỦ TỊCH'),
    }
  }
  const parent = ancestors.at(-1)
  const governingBody = !parent ? null : TERRITORIAL.includes(parent.kind) ? `UBND ${upper(unitLabel(parent))}` : upper(withoutOld(parent.name))
  return {
    track, place, heading: upper(withoutOld(org.name)), governingBody, symbol: `KH-${initials(org.name)}`,
    formalName: withoutOld(org.name), signer: signer('none', null, unitHeadTitle(org)),
  }
}
