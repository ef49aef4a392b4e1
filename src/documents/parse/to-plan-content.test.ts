// A parsed plan → a campaign plan draft: the five seed plans come out valid (schema and cross-field
// rules) with every heading and list item of the original in the rendered draft, and what cannot
// be carried over is dropped or replaced with a warning naming the field.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { planContent } from '../../shared/campaign-plan.ts'
import { checkPlan } from '../../shared/campaign-plan-checks.ts'
import { issuerIdentity } from '../../shared/issuer-identity.ts'
import { toPlainText } from '../decree30/index.ts'
import { planDocument, SEED_PLANS } from '../plan/index.ts'
import { seedOutline } from '../plan/testing/seed-outline.ts'
import { parseText } from './index.ts'
import { toPlanContent, type PlanSource } from './to-plan-content.ts'

const ISSUER = issuerIdentity({ name: 'Xã Bắc Sơn', kind: 'commune' }, [{ name: 'Tỉnh Lạng Sơn', kind: 'province' }])
/** Lines of the originals that are not part of the plan: 003 prints the drafter's file path under the recipients. */
const DEBRIS: Record<string, string[]> = { '003_f99bd9e8777977b6.txt': ['Huyennt\\TĐKT\\'] }

const original = (file: string) => readFileSync(new URL(`../plan/fixtures/originals/${file}`, import.meta.url), 'utf8')
const collapse = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim()

describe.each(SEED_PLANS.map((seed) => [seed.file] as const))('seed %s', (file) => {
  const { content, warnings } = toPlanContent(parseText(original(file)), ISSUER)

  it('is a valid plan: the schema changes nothing and no cross-field rule fails', () => {
    expect(planContent.parse(content)).toEqual(content)
    expect(checkPlan(content)).toEqual([])
    expect(warnings.every((w) => typeof w === 'string' && w.length > 0)).toBe(true)
  })

  it('holds every heading and list item of the original in its body', () => {
    const text = collapse(toPlainText(planDocument(content, { number: null, date: null, track: 'state' })))
    const { headings, items } = seedOutline(original(file), DEBRIS[file] ?? [])
    expect([...headings, ...items].filter((entry) => !text.includes(collapse(entry)))).toEqual([])
  })
})

describe('fields of the seeds', () => {
  const draft = (prefix: string) => toPlanContent(parseText(original(SEED_PLANS.find((s) => s.file.startsWith(prefix))!.file)), ISSUER)

  it('takes the header from the issuer and number, symbol, place and title from the document', () => {
    const { content, warnings } = draft('003')
    expect(content).toMatchObject({ issuerHeading: 'ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN', symbol: 'KH-UBND', place: 'Thái Nguyên' })
    expect(content.title).toMatch(/^Về việc triển khai Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng/)
    expect(warnings).toContain('Số, ngày ban hành: văn bản ghi số 141, ngày 15/11/2025 — dự thảo chưa có số và ngày; nhập khi ban hành kế hoạch')
    expect(draft('000').warnings).toContain('Số, ngày ban hành: văn bản ghi tháng 02/2025 — dự thảo chưa có số và ngày; nhập khi ban hành kế hoạch')
  })

  it('cites legal bases as outside documents with their date, issuer and subject', () => {
    expect(draft('000').content.legalBases[0]).toEqual({
      kind: 'document',
      number: '39/CT-TTg',
      date: '2024-10-15',
      issuer: 'Thủ tướng Chính phủ',
      title: 'về đẩy mạnh phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đại hội thi đua yêu nước toàn quốc lần thứ XI',
    })
  })

  it('dates a deadline "sau 20 ngày tổ chức Đại hội …" from an event whose date is set later', () => {
    const { content } = draft('004')
    const event = content.events.find((e) => e.name === 'Đại hội Đảng bộ xã nhiệm kỳ 2025-2030')
    expect(event).toMatchObject({ date: null })
    expect(content.deadlines).toEqual([
      expect.objectContaining({ kind: 'dossier', due: { kind: 'event', eventId: event!.id, offsetDays: 20 } }),
    ])
    expect(content.period.to).toEqual({ kind: 'event', eventId: content.events.find((e) => /lần thứ XIV/.test(e.name))!.id, offsetDays: 0 })
    expect(content.dossier.items).toHaveLength(4)
    expect(content.standards[0]).toContain('không có cá nhân vi phạm và bị kỷ luật từ hình thức khiển trách trở lên')
  })

  it('widens partial dates: phases by month, reviews due at the end of their month', () => {
    const { content } = draft('001')
    expect(content.period).toMatchObject({ from: { kind: 'date', date: '2024-08-01' }, to: { kind: 'date', date: '2026-07-31' } })
    expect(content.phases).toEqual([
      { id: 'giai-doan-1', name: 'Đợt 1', from: '2024-08-01', to: '2025-07-31', review: { kind: 'interim', due: { kind: 'date', date: '2025-08-31' } } },
      { id: 'giai-doan-2', name: 'Đợt 2', from: '2025-08-01', to: '2026-07-31', review: { kind: 'final', due: { kind: 'date', date: '2026-08-31' } } },
    ])
    expect(content.slogans).toHaveLength(4)
    expect(content.signer).toEqual({ mode: 'TM', onBehalfOf: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Lê Văn Phúc', personId: null })
  })

  it('rebuilds sections, numbered points with nested dashes, the preamble and the closing from the text', () => {
    const { content } = draft('001')
    expect(content.sections.map((s) => s.title)).toEqual([
      'Mục đích, yêu cầu', 'Chủ đề thi đua, khẩu hiệu, thời gian phát động', 'Nội dung', 'Thành phần, Chương trình Lễ phát động thi đua', 'Sơ kết, tổng kết và khen thưởng', 'Tổ chức thực hiện',
    ])
    const [first, second] = content.sections[2]!.blocks
    expect(first).toMatchObject({ type: 'item', marker: 'number' })
    expect(second).toMatchObject({ type: 'item', marker: 'number', children: [{ type: 'item', marker: 'dash' }, { type: 'item', marker: 'dash' }] })
    expect(content.sections[0]!.blocks[0]).toEqual({ type: 'heading', text: 'Mục đích' })
    expect(content.preamble).toEqual([expect.stringMatching(/^Thực hiện Chỉ thị số 35-CT\/TW/)])
    expect(content.closing).toMatch(/^Trên đây là kế hoạch/)
  })

  it('gives each assignment the tasks under its heading or after its name', () => {
    const { content } = draft('003')
    expect(content.assignments.find((a) => a.organizationName === 'Sở Nội vụ')?.tasks).toHaveLength(3)
    expect(content.assignments.find((a) => a.organizationName === 'Ban Tuyên giáo và Dân vận Tỉnh ủy')).toMatchObject({
      heading: 'Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy', layout: 'inline', tasks: [expect.stringMatching(/^Chỉ đạo, định hướng/)],
    })
  })
})

describe('what cannot be carried over', () => {
  const source = (fields: Partial<PlanSource>): PlanSource => ({
    ...parseText('KẾ HOẠCH\nPhát động thi đua năm 2025\nI. MỤC ĐÍCH\n- Thi đua.'),
    ...fields,
  })

  it('replaces a malformed or missing symbol, place and title with the issuer\'s and says so', () => {
    const { content, warnings } = toPlanContent(source({ symbol: 'kế hoạch', place: null, title: '  ' }), ISSUER)
    expect(content).toMatchObject({ symbol: 'KH-UBND', place: 'Bắc Sơn', title: 'Kế hoạch nhập từ văn bản (chưa có trích yếu)' })
    expect(warnings).toEqual(
      expect.arrayContaining([
        'Ký hiệu «kế hoạch» không đúng dạng (ví dụ KH-UBND) — đã dùng «KH-UBND»',
        'Địa danh: không tìm thấy trong văn bản — đã dùng «Bắc Sơn»',
        expect.stringMatching(/^Trích yếu là bắt buộc — đã dùng/),
      ]),
    )
  })

  it('drops phases without dates and phases breaking the period, and deadlines with no date', () => {
    const { content, warnings } = toPlanContent(
      source({
        period: { from: '2025-01', to: '2025-06', as_written: 'từ tháng 1 đến tháng 6/2025' },
        phases: [
          { name: 'Đợt 1', from: '2025-01', to: '2025-03', review: null, review_date: null },
          { name: 'Đợt 2', from: null, to: '2025-06', review: null, review_date: null },
          { name: 'Đợt 3', from: '2025-05', to: '2025-12', review: null, review_date: null },
        ],
        deadlines: ['Gửi báo cáo trước ngày 15/11/2025', 'Gửi báo cáo khi có yêu cầu'],
      }),
      ISSUER,
    )
    expect(content.phases.map((p) => p.name)).toEqual(['Đợt 1'])
    expect(content.deadlines).toEqual([{ id: 'thoi-han-1', kind: 'report', name: 'Gửi báo cáo trước ngày 15/11/2025', due: { kind: 'date', date: '2025-11-15' }, note: null }])
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Giai đoạn «Đợt 2»: không đọc được ngày bắt đầu/),
        expect.stringMatching(/^Giai đoạn 2 «Đợt 3» — đến ngày: 31\/12\/2025 nằm ngoài thời gian thi đua .* — đã bỏ mục này khỏi dự thảo$/),
        expect.stringMatching(/^Thời hạn «Gửi báo cáo khi có yêu cầu»: không đọc được ngày/),
      ]),
    )
    expect(checkPlan(content)).toEqual([])
  })

  it('drops a list entry the schema refuses (a cited number too long) and keeps the rest', () => {
    const { content, warnings } = toPlanContent(source({ legal_bases: ['39/CT-TTg', `1/${'X'.repeat(120)}`] }), ISSUER)
    expect(content.legalBases.map((b) => (b.kind === 'document' ? b.number : b.campaignId))).toEqual(['39/CT-TTg'])
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^Số, ký hiệu tối đa 100 ký tự — đã bỏ mục này khỏi dự thảo$/)]))
  })
})
