// What a certificate prints, from its decision, the issuer's identity and the awardee (law.md §5.4). Pure.
import { CATALOGUE } from '../../../rules/index.ts'
import type { IssuerIdentity } from '../../../shared/issuer-identity.ts'
import type { CertificateData } from '../../../documents/certificate/index.ts'
import { decisionSignature } from '../decisions/decision-wording.ts'
import type { CertificateRecord, DecisionRecord } from './certificates.repository.ts'

const upper = (s: string) => s.toLocaleUpperCase('vi')

/**
 * The deciding officer as the certificate names them: the head's title and the body for the State
 * ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", "HIỆU TRƯỞNG TRƯỜNG …"); a Party committee or another collective
 * body confers in its own name ("ĐẢNG ỦY XÃ BÌNH CHƯƠNG").
 */
export function issuerTitle(identity: IssuerIdentity): string {
  const heading = identity.heading.replace(/\s*\n\s*/g, ' ')
  const headOfState = identity.track === 'state' && (identity.signer.mode === 'none' || /^(ỦY BAN|HỘI ĐỒNG) NHÂN DÂN$/.test(identity.signer.onBehalfOf ?? ''))
  return headOfState ? `${upper(identity.signer.title)} ${heading}` : heading
}

/** "Ông Ma Văn Hùng", "Bà Hoàng Thị Lan", "Hộ gia đình Nông Văn Chiến", a collective's name. */
export function awardeeName(c: Pick<CertificateRecord, 'subjectKind' | 'subjectName' | 'sex'>): string {
  if (c.subjectKind === 'individual' && c.sex) return `${c.sex === 'nu' ? 'Bà' : 'Ông'} ${c.subjectName}`
  if (c.subjectKind === 'household' && !/^hộ\s/i.test(c.subjectName)) return `Hộ gia đình ${c.subjectName}`
  return c.subjectName
}

/** The post and unit of a person, the address of a household, the unit above a collective. */
export function awardeeDetails(c: Pick<CertificateRecord, 'subjectKind' | 'position' | 'unitName' | 'parentUnitName' | 'householdAddress'>): string | null {
  if (c.subjectKind === 'individual') return [c.position, c.unitName].filter((part) => part && part.trim() !== '').join(', ')
  if (c.subjectKind === 'household') return `Địa chỉ: ${c.householdAddress?.trim() || c.unitName}`
  return c.parentUnitName
}

export const awardName = (c: Pick<CertificateRecord, 'target'>) => CATALOGUE[c.target].name

export const verificationUrl = (publicUrl: string, code: string) => `${publicUrl}/xac-minh/${code}`

export function certificateData(c: CertificateRecord, decision: DecisionRecord & { number: number }, identity: IssuerIdentity, publicUrl: string): CertificateData {
  return {
    track: decision.track,
    issuerTitle: issuerTitle(identity),
    award: { kind: CATALOGUE[c.target].category === 'title' ? 'title' : 'form', name: awardName(c) },
    awardee: { name: awardeeName(c), details: awardeeDetails(c) },
    achievement: c.achievement,
    decision: { number: decision.number, symbol: decision.symbol, date: decision.decisionDate },
    serial: c.serial,
    place: identity.place,
    date: decision.decisionDate,
    signature: decisionSignature(identity, decision),
    verification: { code: c.code, url: verificationUrl(publicUrl, c.code) },
  }
}
