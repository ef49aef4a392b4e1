// A decision as the API answers it: the header fields, each line with its subject, title or form, money and
// problems (a draft is checked and priced now; an issued decision shows what was issued), the total and
// whether it may be issued. The same view feeds the documents (decision-documents.ts).
import { CATALOGUE, type CatalogueCode, type CommendationKind, type SubjectKind } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import type { Db } from '../../db/client.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { loadCampaignRefs } from '../nominations/campaign-deadline.ts'
import { findSubjectDetails, type SubjectDetails } from '../nominations/dossier.repository.ts'
import { positionAndUnit } from '../nominations/nomination-dossier-data.ts'
import { findNominations, type NominationWithEvaluation } from '../nominations/nominations.repository.ts'
import { totalPaid } from './decision-amounts.ts'
import { assessLines, lineLabel, type AssessedLine } from './decision-lines.ts'
import { printedAward } from './decision-wording.ts'
import { listLines, type DecisionRecord, type DecisionStatus, type SigningForm, type StoredLine } from './decisions.repository.ts'

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = { draft: 'Dự thảo', issued: 'Đã ban hành' }

export interface DecisionLineView {
  nominationId: string
  nominationStatus: NominationStatus
  nominationStatusLabel: string
  position: number
  subject: { kind: SubjectKind; id: string; name: string; positionAndUnit: string }
  nominatingOrganizationName: string
  target: CatalogueCode
  targetName: string
  /** As the decision prints it: "Giấy khen", "Lao động tiên tiến". */
  award: string
  isTitle: boolean
  year: number
  kind: CommendationKind
  coefficient: number | null
  baseSalary: number | null
  unrounded: number | null
  amount: number | null
  paid: boolean
  amountNote: string | null
  /** Số sổ vàng, once issued. */
  serial: number | null
  awardRecordId: string | null
  certificateCode: string | null
  /** What stops issuing while a draft: refused line conditions and the public posting. */
  problems: string[]
  /** The eligibility verdict stored with the nomination (false / null are shown as a warning: the council decided). */
  eligible: boolean | null
}

export interface DecisionSummary {
  id: string
  status: DecisionStatus
  statusLabel: string
  organization: { id: string; name: string }
  year: number
  title: string
  numberAndSymbol: string | null
  decisionDate: string
  lineCount: number
  total: number
  version: number
}

export interface DecisionDetail extends Omit<DecisionSummary, 'lineCount'> {
  campaign: { id: string; title: string; numberAndSymbol: string | null } | null
  track: DecisionRecord['track']
  symbol: string
  number: number | null
  bases: string[]
  signingForm: SigningForm
  signerName: string
  signerTitle: string
  issuedAt: string | null
  issuedByName: string | null
  createdAt: string
  updatedAt: string
  lines: DecisionLineView[]
  /** Every problem, each naming its line, and a missing signer: issuing is refused while any remains. */
  problems: string[]
}

export const decisionNumber = (d: Pick<DecisionRecord, 'number' | 'symbol' | 'track'>) => numberAndSymbol(d.number, d.symbol, d.track)

export function toSummary(d: DecisionRecord, lineCount: number, total: number): DecisionSummary {
  return {
    id: d.id, status: d.status, statusLabel: DECISION_STATUS_LABELS[d.status], organization: { id: d.organizationId, name: d.organizationName },
    year: d.year, title: d.title, numberAndSymbol: decisionNumber(d), decisionDate: d.decisionDate, lineCount, total, version: d.version,
  }
}

function lineView(n: NominationWithEvaluation, details: SubjectDetails | undefined, position: number) {
  const entry = CATALOGUE[n.target]
  return {
    nominationId: n.id, nominationStatus: n.status, nominationStatusLabel: NOMINATION_STATUS_LABELS[n.status], position,
    subject: { kind: n.subjectKind, id: n.subjectId, name: n.subjectName, positionAndUnit: details ? positionAndUnit(details) : n.subjectOrganizationName },
    nominatingOrganizationName: n.nominatingOrganizationName, target: n.target, targetName: entry.name, award: printedAward(n.target),
    isTitle: entry.category === 'title', year: n.year, kind: n.kind, eligible: n.eligible,
  }
}

/** Lines checked and priced now (a draft, or the nominations a new decision may list). */
export async function assessedLineViews(db: Db, provinceId: string, year: number, lines: readonly AssessedLine[]): Promise<DecisionLineView[]> {
  const details = await findSubjectDetails(db, provinceId, lines.map((l) => ({ kind: l.nomination.subjectKind, id: l.nomination.subjectId })), year)
  return lines.map(({ nomination: n, amount, blocking, pending }, i) => ({
    ...lineView(n, details.find((x) => x.id === n.subjectId), i + 1),
    coefficient: amount.coefficient, baseSalary: amount.baseSalary, unrounded: amount.unrounded, amount: amount.amount, paid: amount.paid, amountNote: amount.note,
    serial: null, awardRecordId: null, certificateCode: null, problems: [...blocking, ...pending],
  }))
}

/** The lines as issued: the stored amounts, serials, registry rows and certificates. */
async function issuedLineViews(db: Db, provinceId: string, year: number, stored: readonly (StoredLine & { nominationId: string })[]): Promise<DecisionLineView[]> {
  const nominations = new Map((await findNominations(db, provinceId, stored.map((s) => s.nominationId))).map((n) => [n.id, n]))
  const details = await findSubjectDetails(db, provinceId, [...nominations.values()].map((n) => ({ kind: n.subjectKind, id: n.subjectId })), year)
  return stored.map((s) => {
    const n = nominations.get(s.nominationId)!
    return {
      ...lineView(n, details.find((x) => x.id === n.subjectId), s.position),
      coefficient: s.coefficient, baseSalary: s.baseSalary, unrounded: s.unrounded, amount: s.amount, paid: s.paid, amountNote: s.amountNote,
      serial: s.serial, awardRecordId: s.awardRecordId, certificateCode: s.certificateCode, problems: [],
    }
  })
}

export async function decisionDetail(db: Db, provinceId: string, d: DecisionRecord): Promise<DecisionDetail> {
  const stored = await listLines(db, provinceId, d.id)
  const draft = d.status === 'draft'
  const [lines, campaigns] = await Promise.all([
    draft
      ? assessLines(db, provinceId, { id: d.id, organizationId: d.organizationId, organizationName: d.organizationName, decisionDate: d.decisionDate }, stored.map((l) => l.nominationId))
          .then((assessed) => assessedLineViews(db, provinceId, d.year, assessed))
      : issuedLineViews(db, provinceId, d.year, stored),
    loadCampaignRefs(db, provinceId, d.campaignId ? [d.campaignId] : []),
  ])
  const problems = [
    ...lines.filter((l) => l.problems.length > 0).map((l) => `${lineLabel({ subjectName: l.subject.name, target: l.target })} ${l.problems.join('; ')}`),
    ...(draft && lines.length === 0 ? ['Danh sách kèm theo chưa có trường hợp nào'] : []),
    ...(draft && d.signerName === '' ? ['Chưa nhập họ tên người ký'] : []),
  ]
  const campaign = d.campaignId ? campaigns.get(d.campaignId) : undefined
  return {
    ...toSummary(d, lines.length, totalPaid(lines)),
    campaign: campaign ? { id: campaign.id, title: campaign.title, numberAndSymbol: campaign.numberAndSymbol } : null,
    track: d.track, symbol: d.symbol, number: d.number, bases: d.bases, signingForm: d.signingForm, signerName: d.signerName, signerTitle: d.signerTitle,
    issuedAt: d.issuedAt, issuedByName: d.issuedByName, createdAt: d.createdAt, updatedAt: d.updatedAt, lines, problems,
  }
}

/** "Quyết định số 05/QĐ-UBND ngày 20/12/2025" for messages and the audit log. */
export const decisionReferenceText = (d: Pick<DecisionRecord, 'number' | 'symbol' | 'track' | 'decisionDate' | 'title'>) =>
  d.number === null ? `Dự thảo quyết định «${d.title}»` : `Quyết định số ${decisionNumber(d)} ngày ${viDate(d.decisionDate)}`
