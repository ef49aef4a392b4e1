// The draft an addressee starts from when it answers a plan: "Thực hiện Kế hoạch số …", the parent's
// kind, period, phases, events (same ids, undated, so the parent's dates flow to it), target groups and
// criteria, award forms, standards, dossier and deadlines, under the answering body's own header. Pure.
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import { vietnameseDate } from '../../../shared/campaign-plan-checks.ts'
import type { IssuerIdentity } from '../../../shared/issuer-identity.ts'

export interface AnsweredPlan {
  id: string
  content: PlanContent
  /** "141/KH-UBND" */
  numberAndSymbol: string
  issuedOn: string
  /** The parent's issuer as named in running text. */
  issuerName: string
}

/** "Về việc triển khai Đợt thi đua …" → "về việc triển khai Đợt thi đua …"; other titles get "về ". */
function aboutClause(title: string): string {
  const trimmed = title.trim()
  if (/^về\s/i.test(trimmed)) return 'v' + trimmed.slice(1)
  return `về ${trimmed.charAt(0).toLocaleLowerCase('vi')}${trimmed.slice(1)}`
}

export function answerContent(parent: AnsweredPlan, identity: IssuerIdentity): PlanContent {
  const p = parent.content
  const reference = `Kế hoạch số ${parent.numberAndSymbol} ngày ${vietnameseDate(parent.issuedOn)} của ${parent.issuerName}`
  return {
    kind: p.kind,
    governingBody: identity.governingBody,
    issuerHeading: identity.heading,
    symbol: identity.symbol,
    place: identity.place,
    title: `Triển khai thực hiện ${reference}`,
    legalBases: [{ kind: 'campaign', campaignId: parent.id }],
    preamble: [`Thực hiện ${reference} ${aboutClause(p.title)}; ${identity.formalName} xây dựng Kế hoạch triển khai như sau:`],
    theme: p.theme,
    slogans: [...p.slogans],
    events: p.events.map((e) => ({ ...e, date: null })),
    period: structuredClone(p.period),
    phases: structuredClone(p.phases),
    targetGroups: structuredClone(p.targetGroups),
    awardForms: structuredClone(p.awardForms),
    standards: [...p.standards],
    dossier: structuredClone(p.dossier),
    // The parent's "answer" deadline is what this plan fulfils; its own addressees get their own.
    deadlines: structuredClone(p.deadlines.filter((d) => d.kind !== 'answer')),
    ceremony: null,
    assignments: [],
    sections: [
      { title: 'MỤC ĐÍCH, YÊU CẦU', blocks: [] },
      { title: 'NỘI DUNG, ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA', blocks: [{ type: 'field', field: 'theme' }, { type: 'field', field: 'targetGroups' }, { type: 'field', field: 'period' }, { type: 'field', field: 'phases' }] },
      { title: 'HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG', blocks: [{ type: 'field', field: 'awardForms' }, { type: 'field', field: 'standards' }, { type: 'field', field: 'dossier' }, { type: 'field', field: 'deadlines' }] },
      { title: 'TỔ CHỨC THỰC HIỆN', blocks: [{ type: 'field', field: 'assignments' }] },
    ],
    closing: null,
    recipients: [`${parent.issuerName} (b/c)`, 'Lưu: VT'],
    signer: identity.signer,
  }
}
