// Gathers what a nomination's dossier parts are written from (src/documents/nomination/dossier-data.ts):
// the proposing unit's header and signature, the level the proposal is addressed to, the campaign, the legal
// bases of the rule set, the review meeting, and every nominee of its proposal (or the nomination alone
// while it is a draft) with its details, verdict and earlier awards. Reads only.
import type { Db } from '../../db/client.ts'
import { CATALOGUE, type AuthorityCode, type Evaluation, type RuleSetId } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import type { DossierEntry, DossierUnit, NominationDossierData, PriorAward } from '../../../documents/nomination/index.ts'
import type { IssuerIdentity } from '../../../shared/issuer-identity.ts'
import { signatureBlock } from '../../../documents/plan/signature.ts'
import { partOf, SIMPLIFIED_CASES } from '../../../shared/nomination-dossier.ts'
import { formatNumber } from '../campaigns/campaign-numbering.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { findOrganization, findOrganizations } from '../organizations/organizations.repository.ts'
import { listAwardsOfSubjects, type AwardRecord } from '../registry/registry.repository.ts'
import { loadCampaignRefs } from './campaign-deadline.ts'
import { findSubjectDetails, type SubjectDetails } from './dossier.repository.ts'
import { findBatches, listBatchMembers, type NominationWithEvaluation } from './nominations.repository.ts'

const LEGAL_BASES: Record<RuleSetId, string[]> = {
  ND98_2023: [
    'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  ],
  ND152_2025: [
    'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thi đua, khen thưởng',
  ],
}

/** Who the proposal is addressed to, by the authority of the deciding level. */
function recipientTitle(code: AuthorityCode | undefined, formalName: string, name: string): string {
  if (code === 'CHU_TICH_UBND_XA' || code === 'CHU_TICH_UBND_TINH' || code === 'CHU_TICH_UBND_HUYEN') return `Chủ tịch ${formalName}`
  if (code === 'THU_TRUONG_CO_QUAN_CHUYEN_MON' || code === 'GIAM_DOC_DOANH_NGHIEP') return `Giám đốc ${name}`
  if (code === 'DANG_UY_CO_SO' || code === 'BTV_TINH_UY' || code === 'BTV_CAP_TREN' || code === 'TO_CHUC_CT_XH') return `Ban Thường vụ ${formalName}`
  return `Thủ trưởng ${name}`
}

function verdictText(e: Evaluation): string {
  if (e.eligible === true) return 'Đủ điều kiện'
  const first = e.criteria.find((c) => c.passed === e.eligible)
  return `${e.eligible === false ? 'Không đủ điều kiện' : 'Chưa đủ dữ liệu'}${first ? `: ${first.criterion}` : ''}`
}

function priorAward(a: AwardRecord): PriorAward {
  const parts = [a.decisionNumber && `số ${a.decisionNumber}`, a.decisionDate && `ngày ${viDate(a.decisionDate)}`, a.decisionIssuer && `của ${a.decisionIssuer}`].filter(Boolean)
  return { year: a.year, name: a.name, decision: parts.length > 0 ? `Quyết định ${parts.join(' ')}` : '' }
}

/** The issuing unit as a document built from the data prints it: header, symbol after the number, the head's signature. */
export function dossierUnit(identity: IssuerIdentity): DossierUnit {
  return {
    track: identity.track, heading: identity.heading, governingBody: identity.governingBody, place: identity.place,
    symbolTail: identity.symbol.replace(/^KH[-/]/, ''), formalName: identity.formalName, signature: signatureBlock(identity.signer, identity.track),
  }
}

/** The line under a name in the dossier's lists and the decision's annex: post and unit, the unit above a collective, a household's address. */
export function positionAndUnit(d: SubjectDetails): string {
  if (d.kind === 'individual') return [d.position, d.unitName].filter(Boolean).join(', ')
  if (d.kind === 'collective') return d.parentName ?? d.unitName
  return d.address ?? d.parentName ?? ''
}

function entryOf(n: NominationWithEvaluation, details: SubjectDetails, awards: readonly AwardRecord[]): DossierEntry {
  const entry = CATALOGUE[n.target]
  const earlier = awards.filter((a) => a.subjectId === n.subjectId).sort((a, b) => a.year - b.year)
  const isTitle = (a: AwardRecord) => a.code !== null && CATALOGUE[a.code].category !== 'form'
  return {
    subject: {
      kind: n.subjectKind, name: n.subjectName, positionAndUnit: positionAndUnit(details), birthDate: details.birthDate, sex: details.sex, position: details.position,
      unitName: details.unitName, parentName: details.parentName, address: details.address, memberCount: details.memberCount || null, headName: details.headName,
    },
    targetName: entry.name,
    achievement: n.achievement,
    simplifiedCase: n.simplifiedCase && SIMPLIFIED_CASES[n.simplifiedCase],
    reportForm: n.eligibility.dossier.find((c) => partOf(c.name) === 'bao-cao-thanh-tich')?.form ?? null,
    verdict: verdictText(n.eligibility),
    priorTitles: earlier.filter(isTitle).map(priorAward),
    priorForms: earlier.filter((a) => !isTitle(a)).map(priorAward),
    votes: n.reviewMeeting && { inFavour: n.reviewMeeting.inFavour, members: n.reviewMeeting.members },
  }
}

/** The data of the nomination's proposal, and the nomination's own entry in it. */
export async function loadDossierData(db: Db, provinceId: string, n: NominationWithEvaluation): Promise<{ data: NominationDossierData; own: DossierEntry }> {
  const [members, batch] = n.batchId
    ? await Promise.all([listBatchMembers(db, provinceId, n.batchId), findBatches(db, provinceId, [n.batchId]).then((b) => b[0]!)])
    : [[n], undefined]
  const unit = (await findOrganization(db, provinceId, n.nominatingOrganizationId))!
  // Addressed to the nearest deciding level among the nominees (a higher one receives the proposal through it).
  const deciders = await findOrganizations(db, provinceId, [...new Set(members.map((m) => m.decidingOrganizationId))])
  const decider = deciders.reduce((a, b) => (b.path.length > a.path.length ? b : a))
  const deciderAuthority = members.find((m) => m.decidingOrganizationId === decider.id)!.authority.authority?.code
  const campaign = n.campaignId ? (await loadCampaignRefs(db, provinceId, [n.campaignId])).get(n.campaignId)! : null
  const campaignIssuer = campaign && (await findOrganization(db, provinceId, campaign.issuerId))!
  const [identity, deciderIdentity, issuerIdentity, details, awards] = await Promise.all([
    loadIssuerIdentity(db, provinceId, unit),
    loadIssuerIdentity(db, provinceId, decider),
    campaignIssuer ? loadIssuerIdentity(db, provinceId, campaignIssuer) : null,
    findSubjectDetails(db, provinceId, members.map((m) => ({ kind: m.subjectKind, id: m.subjectId })), n.year),
    listAwardsOfSubjects(db, provinceId, members.map((m) => m.subjectId)),
  ])
  const meeting = (n.reviewMeeting ?? members.find((m) => m.reviewMeeting)?.reviewMeeting) || null
  const entries = members.map((m) => entryOf(m, details.find((d) => d.id === m.subjectId)!, awards))
  const data: NominationDossierData = {
    unit: dossierUnit(identity),
    recipient: recipientTitle(deciderAuthority, deciderIdentity.formalName, decider.name),
    number: batch ? formatNumber(batch.number) : null,
    date: batch?.submittedOn ?? null,
    year: n.year,
    campaign: campaign && {
      short: `Kế hoạch số ${campaign.numberAndSymbol}`,
      reference: `Kế hoạch số ${campaign.numberAndSymbol}${campaign.issuedOn ? ` ngày ${viDate(campaign.issuedOn)}` : ''} của ${issuerIdentity!.formalName} ${campaign.title.replace(/^Về/, 'về')}`,
    },
    legalBases: LEGAL_BASES[n.eligibility.ruleSet.id],
    meeting: meeting && { date: meeting.date, place: meeting.place, chair: meeting.chair, secretary: meeting.secretary, members: meeting.members, present: meeting.present },
    entries,
  }
  return { data, own: entries[members.findIndex((m) => m.id === n.id)]! }
}
