// The level's compiled report (BÁO CÁO Sơ kết … / Tổng kết …) and its multi-year summary as Decree 30
// documents: a document with a type (Mẫu 1.4, Appendix III; symbol "BC", law.md §8.5), the figures as tables and
// the officer's narrative in sections I–IV. Plain data in, a DocumentModel out (the use cases gather the data).
import type { Block, DocumentModel } from '../../../documents/document-model.ts'
import type { DossierUnit } from '../../../documents/nomination/index.ts'
import { dmy, heading, item, paragraph, paragraphsOf } from '../../../documents/nomination/parts.ts'
import { NARRATIVE_SECTIONS, formatFigure, type Narrative, type NarrativeSection } from '../../../shared/reports.ts'
import { TARGET_KINDS } from '../../../shared/campaign-plan.ts'
import { sumByKind } from './compiled-figures.ts'
import type { CompiledReport } from './compile-report.ts'
import type { MultiYearSummary } from './multi-year-summary.ts'
import type { YearTable } from './summary-figures.ts'

export interface ReportDocumentFrame {
  unit: DossierUnit
  /** The level above it is sent to ("Ủy ban nhân dân tỉnh Thái Nguyên"); null at the top. */
  recipient: string | null
  date: string
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'] as const

const header = (frame: ReportDocumentFrame): DocumentModel['header'] => ({
  track: frame.unit.track, governingBody: frame.unit.governingBody, issuer: frame.unit.heading, number: null,
  symbol: frame.unit.track === 'party' ? `BC/${frame.unit.symbolTail}` : `BC-${frame.unit.symbolTail}`, place: frame.unit.place, date: frame.date,
})

const figure = (n: number | null) => (n === null ? '' : formatFigure(n))

/** A narrative section as written, or a line to fill in while the officer has not written it. */
const narrativeBlocks = (text: string | null): Block[] => (text ? paragraphsOf(text) : [paragraph({ text: '(Chưa nhập nội dung.)', italic: true })])

/** Sections II–IV after the figures of section I (whose narrative opens it). */
const closingSections = (n: Narrative, direction: string): Block[] =>
  (['shortcomings', 'lessons', 'direction'] as NarrativeSection[]).flatMap((key, i) => [
    heading(`${ROMAN[i + 1]}. ${(key === 'direction' ? direction : NARRATIVE_SECTIONS[key]).toLocaleUpperCase('vi')}`),
    ...narrativeBlocks(n[key]),
  ])

const KINDS = ['individual', 'collective', 'household'] as const

export function compiledReportDocument(data: CompiledReport, frame: ReportDocumentFrame, campaignReference: string): DocumentModel {
  const reviewWord = data.period.kind === 'interim' ? 'sơ kết' : 'tổng kết'
  const what = data.period.phaseName ?? 'Đợt thi đua'
  const span = data.period.from ? ` (từ ngày ${dmy(data.period.from)}${data.period.to ? ` đến ngày ${dmy(data.period.to)}` : ''})` : ''
  const awardTotals = sumByKind(data.awards)
  const body: Block[] = [
    ...(frame.recipient ? [paragraph({ text: 'Kính gửi: ', bold: true }, `${frame.recipient}.`)] : []),
    paragraph(`Thực hiện ${campaignReference}, ${frame.unit.formalName} báo cáo ${reviewWord} ${what}${span} như sau:`),
    heading(`I. ${NARRATIVE_SECTIONS.results.toLocaleUpperCase('vi')}`),
    ...narrativeBlocks(data.narrative.sections.results),
    heading('1. Công tác đăng ký thi đua', 2),
    paragraph(`Có ${data.registrations.units} đơn vị đăng ký thi đua được duyệt.`),
    ...(data.registrations.targets.length > 0
      ? [{ type: 'table' as const, rows: [['STT', 'Danh hiệu, hình thức', 'Tập thể đăng ký', 'Cá nhân đăng ký'], ...data.registrations.targets.map((t, i) => [String(i + 1), t.name, String(t.units), String(t.members)])], widths: [8, 52, 20, 20] }]
      : []),
    heading('2. Kết quả thực hiện các tiêu chí thi đua', 2),
    paragraph(`Tổng hợp từ báo cáo đã tiếp nhận của ${data.counted.length} đơn vị${data.counted.length > 0 ? `: ${data.counted.join(', ')}` : ''}.`),
    ...(data.results.length > 0
      ? [{
          type: 'table' as const,
          rows: [
            ['STT', 'Tiêu chí, chỉ tiêu', 'Chỉ số', 'Kết quả', 'Đơn vị báo cáo'],
            ...data.results.map((r, i) => [
              String(i + 1), r.criterion, r.measure ?? '',
              [figure(r.total), ...r.parts.map((p) => `trong đó ${p.label}: ${formatFigure(p.value)}`)].filter(Boolean).join('; '),
              r.units.join(', '),
            ]),
          ],
          widths: [7, 38, 17, 18, 20],
        }]
      : []),
    heading('3. Công tác khen thưởng', 2),
    {
      type: 'table',
      rows: [
        ['STT', 'Hình thức, danh hiệu', ...KINDS.map((k) => TARGET_KINDS[k]), 'Tổng'],
        ...data.awards.map((a, i) => [String(i + 1), a.name, ...KINDS.map((k) => String(a.byKind[k])), String(a.total)]),
        ['', 'Cộng', ...KINDS.map((k) => String(awardTotals[k])), String(awardTotals.individual + awardTotals.collective + awardTotals.household)],
      ],
      widths: [7, 41, 13, 13, 13, 13],
    },
    heading('4. Mô hình, điển hình tiên tiến, sáng kiến', 2),
    ...[...data.models.map((m) => `Mô hình: ${m.text} (${m.unit})`), ...data.initiatives.map((m) => `Sáng kiến, cách làm hay: ${m.text} (${m.unit})`), ...data.recognisedInitiatives.map((r) => `Sáng kiến được công nhận: ${r.title} (${r.subjectName}, ngày ${dmy(r.recognisedOn)})`)].map(item),
    ...closingSections(data.narrative.sections, NARRATIVE_SECTIONS.direction),
    paragraph(`Trên đây là báo cáo ${reviewWord} ${what} thực hiện ${campaignReference}./.`),
  ]
  return {
    header: header(frame),
    documentType: 'BÁO CÁO',
    title: `${reviewWord.charAt(0).toUpperCase()}${reviewWord.slice(1)} ${what} thực hiện ${campaignReference}`,
    body,
    recipients: [...(frame.recipient ? [frame.recipient] : []), 'Lưu: VT'],
    signature: frame.unit.signature,
  }
}

const yearTableRows = (table: YearTable, years: readonly number[], first: string): string[][] => [
  ['STT', first, ...years.map(String), 'Tổng'],
  ...table.rows.map((r, i) => [String(i + 1), r.name, ...r.perYear.map(String), String(r.total)]),
  ['', 'Cộng', ...table.perYear.map(String), String(table.total)],
]

/** Widths of a year table: number, name, then the years and the total share the rest. */
const yearWidths = (years: readonly number[]) => {
  const rest = 60 / (years.length + 1)
  return [7, 33, ...years.map(() => rest), rest]
}

export function summaryDocument(data: MultiYearSummary, frame: ReportDocumentFrame): DocumentModel {
  const period = `giai đoạn ${data.yearFrom} - ${data.yearTo}`
  const next = `${data.yearTo} - ${data.yearTo + 5}`
  const percent = (n: number | null) => (n === null ? '—' : `${formatFigure(n)}%`)
  const body: Block[] = [
    ...(frame.recipient ? [paragraph({ text: 'Kính gửi: ', bold: true }, `${frame.recipient}.`)] : []),
    paragraph(`${frame.unit.formalName} báo cáo tổng kết phong trào thi đua và công tác khen thưởng ${period}, phương hướng, nhiệm vụ giai đoạn ${next} như sau:`),
    heading(`I. ${NARRATIVE_SECTIONS.results.toLocaleUpperCase('vi')}`),
    ...narrativeBlocks(data.narrative.sections.results),
    heading('1. Tổ chức các phong trào thi đua', 2),
    paragraph(`Trong ${period} đã ban hành ${data.campaigns.length} kế hoạch phát động thi đua.`),
    ...(data.campaigns.length > 0
      ? [{
          type: 'table' as const,
          rows: [['STT', 'Kế hoạch', 'Ngày ban hành', 'Đơn vị được gửi', 'Đã xây dựng kế hoạch'], ...data.campaigns.map((c, i) => [String(i + 1), `${c.numberAndSymbol ?? ''} ${c.title}`.trim(), dmy(c.issuedOn), String(c.addressed), String(c.answered)])],
          widths: [7, 49, 14, 15, 15],
        }]
      : []),
    heading('2. Danh hiệu thi đua', 2),
    { type: 'table', rows: yearTableRows(data.titles, data.years, 'Danh hiệu'), widths: yearWidths(data.years) },
    heading('3. Hình thức khen thưởng', 2),
    { type: 'table', rows: yearTableRows(data.forms, data.years, 'Hình thức'), widths: yearWidths(data.years) },
    heading('4. Khen thưởng theo đối tượng', 2),
    {
      type: 'table',
      rows: [['Năm', ...KINDS.map((k) => TARGET_KINDS[k]), 'Tổng'], ...data.kinds.map((k) => [String(k.year), ...KINDS.map((kind) => String(k.byKind[kind])), String(k.total)])],
      widths: [20, 20, 20, 20, 20],
    },
    paragraph(
      `Trong ${data.shares.individuals} lượt cá nhân được khen thưởng có ${data.shares.women} lượt là nữ (${percent(data.shares.womenShare)}) và ${data.shares.directWorkers} lượt là người lao động trực tiếp (${percent(data.shares.directWorkerShare)}).`,
    ),
    ...closingSections(data.narrative.sections, `Phương hướng, nhiệm vụ giai đoạn ${next}`),
    paragraph(`Trên đây là báo cáo tổng kết phong trào thi đua và công tác khen thưởng ${period} của ${frame.unit.formalName}./.`),
  ]
  return {
    header: header(frame),
    documentType: 'BÁO CÁO',
    title: `Tổng kết phong trào thi đua và công tác khen thưởng ${period}, phương hướng, nhiệm vụ giai đoạn ${next}`,
    body,
    recipients: [...(frame.recipient ? [frame.recipient] : []), 'Lưu: VT'],
    signature: frame.unit.signature,
  }
}
