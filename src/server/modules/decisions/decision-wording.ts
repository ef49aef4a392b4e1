// How a decision names things, pure: a title or form as printed, the default trích yếu, the bases the law
// gives for the rule set of the date, who decides as the header of the body prints it, and the signature
// from the signing form (law.md §8.3: TM. on behalf of the collective body, KT. a deputy for the head…).
import { CATALOGUE, ruleSetOn, type CatalogueCode, type RuleSetId } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import type { SignatureBlock } from '../../../documents/document-model.ts'
import type { DecisionIssuer } from '../../../documents/decision/index.ts'
import { signatureBlock } from '../../../documents/plan/signature.ts'
import type { IssuerIdentity } from '../../../shared/issuer-identity.ts'
import type { SigningForm } from './decisions.repository.ts'

/** "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã" → "Giấy khen"; "Xã, phường, đặc khu tiêu biểu (trước …)" → "Xã, phường, đặc khu tiêu biểu". */
export function printedAward(code: CatalogueCode): string {
  const entry = CATALOGUE[code]
  const name = entry.name.replace(/\s*\(.*\)$/, '')
  return entry.category === 'form' ? name.replace(/\s+của\s.*$/, '') : name
}

const phrase = (code: CatalogueCode) => (CATALOGUE[code].category === 'form' ? printedAward(code) : `danh hiệu ${printedAward(code)}`)

/** "Về việc tặng danh hiệu Lao động tiên tiến và Giấy khen năm 2025" */
export function defaultTitle(targets: readonly CatalogueCode[], year: number): string {
  return `Về việc tặng ${[...new Set(targets.map(phrase))].join(' và ')} năm ${year}`
}

const DECREES: Record<RuleSetId, string> = {
  ND98_2023: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  ND152_2025: 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thi đua, khen thưởng',
}

/** Where Điều 2 says the money comes from. */
export const moneyInstrument = (date: string) => DECREES[ruleSetOn(date).id].replace(/ của Chính phủ.*$/, ' của Chính phủ')

export interface BasisFacts {
  decisionDate: string
  /** "Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân xã Bình Thành về …" */
  campaign: string | null
  /** Dates of the council sessions that passed the lines. */
  meetings: string[]
  proposals: { organizationName: string; numberAndSymbol: string; submittedOn: string }[]
}

/** Căn cứ: the Law, the decree of the rule set, the campaign plan, the council's minutes, the units' proposals. */
export function defaultBases(f: BasisFacts): string[] {
  return [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    `Căn cứ ${DECREES[ruleSetOn(f.decisionDate).id]}`,
    ...(f.campaign ? [`Căn cứ ${f.campaign}`] : []),
    ...f.meetings.map((date) => `Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày ${viDate(date)}`),
    ...f.proposals.map((p) => `Xét đề nghị của ${p.organizationName} tại Tờ trình số ${p.numberAndSymbol} ngày ${viDate(p.submittedOn)}`),
  ]
}

const sentenceCase = (s: string) => s.charAt(0) + s.slice(1).toLocaleLowerCase('vi')

/** Who decides: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH" / "Chủ tịch Ủy ban nhân dân xã Bình Thành"; a Party committee's Standing Committee. */
export function deciderOf(identity: IssuerIdentity): DecisionIssuer {
  const heading = identity.heading.replace(/\n/g, ' ')
  const party = identity.track === 'party'
  return {
    track: identity.track, heading: identity.heading, governingBody: identity.governingBody, place: identity.place, formalName: identity.formalName,
    deciderLine: party ? `BAN THƯỜNG VỤ ${heading}` : `${identity.signer.title} ${heading}`,
    decider: party ? `Ban Thường vụ ${identity.formalName}` : `${sentenceCase(identity.signer.title)} ${identity.formalName}`,
  }
}

/** The signature block: TM. the collective body; KT., TL., TUQ. for the head; Q. before the title. */
export function decisionSignature(identity: IssuerIdentity, s: { signingForm: SigningForm; signerName: string; signerTitle: string }): SignatureBlock {
  const onBehalfOf = s.signingForm === 'TM' ? identity.signer.onBehalfOf : ['KT', 'TL', 'TUQ'].includes(s.signingForm) ? identity.signer.title : null
  return signatureBlock({ mode: s.signingForm, onBehalfOf, title: s.signerTitle, name: s.signerName, personId: null }, identity.track)
}
