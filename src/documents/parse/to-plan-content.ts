// A parsed plan (kế hoạch), possibly edited by the officer, → the content of a campaign plan draft of
// a given issuer: the header from the issuer as tdkt knows it; number, symbol, place and title from
// the document; every structured field the parser read; the preamble, sections and closing rebuilt
// from the text, so the draft's body holds everything the document says. What would not pass the
// plan's schema or its cross-field rules is dropped or replaced and reported as a warning. Pure.

import { emptyPlan, type PlanContent } from '../../shared/campaign-plan.ts'
import type { IssuerIdentity } from '../../shared/issuer-identity.ts'
import { vietnameseDate } from '../../shared/campaign-plan-checks.ts'
import type { ParsedFields } from './types.ts'
import { assignmentOf } from './to-plan/assignments.ts'
import { EventList, firstDayOf, lastDayOf, untilEventRef } from './to-plan/date-refs.ts'
import { documentBasis } from './to-plan/legal-bases.ts'
import { awardForm, deadline, kept, phase, targetGroup } from './to-plan/lists.ts'
import { readPlanText, withNote } from './to-plan/plan-text.ts'
import { repairPlan } from './to-plan/repair.ts'
import { planBody } from './to-plan/sections.ts'

/** The parse fields a plan draft is made from, with the document's normalized text. */
export type PlanSource = Pick<
  ParsedFields,
  | 'number' | 'symbol' | 'place' | 'date' | 'title' | 'legal_bases' | 'theme' | 'slogans' | 'period' | 'phases' | 'target_groups'
  | 'award_forms' | 'dossier_items' | 'deadlines' | 'assignments' | 'recipients' | 'signer_title' | 'signer_name' | 'standards'
> & { _meta: { text: string } }

export type PlanIssuer = Pick<IssuerIdentity, 'heading' | 'governingBody' | 'place' | 'symbol' | 'signer'>

export interface PlanDraft {
  content: PlanContent
  /** What could not be carried over as read, in Vietnamese, naming the field. */
  warnings: string[]
}

const SYMBOL = /^[A-ZĐ][A-Za-zĐđ0-9]*([-/][A-ZĐa-z0-9Đđ&]+)+$/
const nonEmpty = (items: string[]) => items.map((s) => s.trim()).filter(Boolean)
const orNull = (s: string | null) => s?.trim() || null

function kindOf(title: string): PlanContent['kind'] {
  if (/chuyên đề/iu.test(title)) return 'thematic'
  if (/đột xuất/iu.test(title)) return 'ad_hoc'
  if (/đợt thi đua|chào mừng|lập thành tích/iu.test(title)) return 'phase'
  if (/thường xuyên|hằng năm|hàng năm|năm \d{4}$/iu.test(title)) return 'regular'
  return 'phase'
}

/** "2025-02-20" → "ngày 20/02/2025", "2025-02" → "tháng 02/2025", "2025" → "năm 2025". */
function writtenDate(date: string): string {
  const [year, month] = date.split('-')
  return date.length === 10 ? `ngày ${vietnameseDate(date)}` : month ? `tháng ${month}/${year}` : `năm ${year}`
}

function numberNote(source: PlanSource): string | null {
  if (!source.number && !source.date) return null
  const parts = [source.number && `số ${source.number}`, source.date && writtenDate(source.date)].filter(Boolean)
  return `Số, ngày ban hành: văn bản ghi ${parts.join(', ')} — dự thảo chưa có số và ngày; nhập khi ban hành kế hoạch`
}

export function toPlanContent(source: PlanSource, issuer: PlanIssuer): PlanDraft {
  const warnings: string[] = []
  const warn = (message: string | null) => {
    if (message) warnings.push(message)
  }
  const text = readPlanText(source._meta.text)
  const body = planBody(text.doc, text.body.from, text.body.to)
  const events = new EventList()

  const symbol = orNull(source.symbol)
  if (symbol && !SYMBOL.test(symbol)) warn(`Ký hiệu «${symbol}» không đúng dạng (ví dụ KH-UBND) — đã dùng «${issuer.symbol}»`)
  else if (!symbol) warn(`Ký hiệu: không tìm thấy trong văn bản — đã dùng «${issuer.symbol}» của cơ quan ban hành`)
  if (!orNull(source.place)) warn(`Địa danh: không tìm thấy trong văn bản — đã dùng «${issuer.place}»`)
  const title = orNull(source.title)
  warn(numberNote(source))

  const periodTo = source.period?.to ? lastDayOf(source.period.to) : null
  const periodWritten = orNull(source.period?.as_written ?? null)
  const period: PlanContent['period'] = {
    from: source.period?.from && firstDayOf(source.period.from) ? { kind: 'date', date: firstDayOf(source.period.from) as string } : null,
    to: periodTo ? { kind: 'date', date: periodTo } : periodWritten ? untilEventRef(periodWritten, events) : null,
    asWritten: periodWritten,
  }

  const phases = kept(source.phases.map(phase), warnings)
  const deadlines = kept(nonEmpty(source.deadlines).map((d, i) => deadline(d, i, events)), warnings)
  const signerTitle = orNull(source.signer_title)
  if (!signerTitle) warn(`Chức vụ người ký: không tìm thấy trong văn bản — đã dùng «${issuer.signer.title}»`)
  const signer: PlanContent['signer'] = signerTitle
    ? { mode: text.authority?.mode ?? 'none', onBehalfOf: text.authority?.onBehalfOf ?? null, title: signerTitle, name: orNull(source.signer_name) ?? '', personId: null }
    : { ...issuer.signer, name: orNull(source.signer_name) ?? '' }
  const recipients = nonEmpty(source.recipients).map((r) => withNote(r, text.recipientLines))

  const draft: PlanContent = {
    ...emptyPlan(issuer),
    kind: kindOf(title ?? ''),
    symbol: symbol && SYMBOL.test(symbol) ? symbol : issuer.symbol,
    place: orNull(source.place) ?? issuer.place,
    title: title ?? '',
    legalBases: nonEmpty(source.legal_bases).map((number) => documentBasis(number, source._meta.text)),
    preamble: [...text.preamble, ...body.lead],
    theme: orNull(source.theme),
    slogans: nonEmpty(source.slogans),
    events: events.events,
    period,
    phases,
    targetGroups: nonEmpty(source.target_groups).map(targetGroup),
    awardForms: nonEmpty(source.award_forms).map(awardForm),
    standards: source.standards?.trim() ? [source.standards.trim()] : [],
    dossier: { items: nonEmpty(source.dossier_items), copies: null, submitTo: null },
    deadlines,
    assignments: nonEmpty(source.assignments).map((name) => assignmentOf(text.doc, text.body, name)),
    sections: body.sections,
    closing: text.closing,
    recipients: recipients.length ? recipients : emptyPlan(issuer).recipients,
    signer,
  }
  const repaired = repairPlan(draft, {
    symbol: issuer.symbol,
    place: issuer.place,
    title: 'Kế hoạch nhập từ văn bản (chưa có trích yếu)',
    theme: null,
    closing: null,
    'period.from': null,
    'period.to': null,
    'period.asWritten': null,
    'signer.title': issuer.signer.title,
    'signer.name': '',
    'signer.onBehalfOf': null,
  })
  return { content: repaired.content, warnings: [...warnings, ...repaired.warnings] }
}
