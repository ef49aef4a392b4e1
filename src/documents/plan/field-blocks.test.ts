import { describe, expect, it } from 'vitest'
import type { BodyBlock, PlanContent } from '../../shared/campaign-plan.ts'
import { planDocument } from './plan-document.ts'
import { sectionLines, withBlocks } from './testing/plan-builder.ts'

const field = (name: Extract<BodyBlock, { type: 'field' }>['field'], lead?: string): BodyBlock =>
  lead === undefined ? { type: 'field', field: name } : { type: 'field', field: name, lead }

const congress = { id: 'dai-hoi-xa', name: 'Đại hội Đảng bộ xã', date: null }

describe('theme, slogans, period', () => {
  it('quotes the theme after its lead', () => {
    const content = withBlocks([field('theme', 'Nội dung, chủ đề thi đua:')], { theme: 'Đoàn kết, sáng tạo' })
    const model = planDocument(content, { number: null, date: null, track: 'state' })
    expect(sectionLines(content)).toEqual(['Nội dung, chủ đề thi đua: “Đoàn kết, sáng tạo”.'])
    expect(model.body[1]).toEqual({ type: 'paragraph', runs: ['Nội dung, chủ đề thi đua: ', { text: '“Đoàn kết, sáng tạo”', italic: true }, '.'] })
  })

  it('prints nothing, not even the lead, for an empty field', () => {
    expect(sectionLines(withBlocks([field('theme', 'Chủ đề:'), field('slogans', 'Khẩu hiệu:'), field('period', 'Thời gian:')]))).toEqual([])
  })

  it('lists the slogans in quotes', () => {
    const content = withBlocks([field('slogans', 'Khẩu hiệu hành động:')], { slogans: ['Đã nói là làm', 'Tất cả vì dân'] })
    expect(sectionLines(content)).toEqual(['Khẩu hiệu hành động:', '- “Đã nói là làm”;', '- “Tất cả vì dân”.'])
  })

  it('words the period as written after its lead', () => {
    const period = { from: null, to: { kind: 'date' as const, date: '2025-12-31' }, asWritten: 'từ nay đến hết năm 2025' }
    expect(sectionLines(withBlocks([field('period', 'Phát động Đợt thi đua')], { period }))).toEqual(['Phát động Đợt thi đua từ nay đến hết năm 2025.'])
    expect(sectionLines(withBlocks([field('period')], { period }))).toEqual(['Từ nay đến hết năm 2025.'])
  })

  it('formats a period without wording from its dates, an event with no date yet by name', () => {
    const content = withBlocks([field('period')], {
      events: [congress],
      period: { from: { kind: 'date', date: '2025-11-15' }, to: { kind: 'event', eventId: 'dai-hoi-xa', offsetDays: 0 }, asWritten: null },
    })
    expect(sectionLines(content)).toEqual(['Từ ngày 15/11/2025 đến ngày diễn ra Đại hội Đảng bộ xã.'])
    expect(sectionLines(content, { eventDates: { 'dai-hoi-xa': '2026-01-19' } })).toEqual(['Từ ngày 15/11/2025 đến ngày 19/01/2026.'])
  })
})

describe('deadlines', () => {
  const deadline = (due: PlanContent['deadlines'][number]['due'], note: string | null = null) => ({
    id: 'ho-so', kind: 'dossier' as const, name: 'Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã', due, note,
  })
  const relative = deadline({ kind: 'event', eventId: 'dai-hoi-xa', offsetDays: 20 })

  it('keeps the relative wording while the event has no date', () => {
    const content = withBlocks([field('deadlines', 'Thời hạn gửi hồ sơ:')], { events: [congress], deadlines: [relative] })
    expect(sectionLines(content)).toEqual([
      'Thời hạn gửi hồ sơ:',
      '- Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã: chậm nhất 20 ngày sau Đại hội Đảng bộ xã.',
    ])
  })

  it('resolves the date once the event has one, from the calendar or from the plan', () => {
    const content = withBlocks([field('deadlines')], { events: [congress], deadlines: [relative] })
    const expected = ['- Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã: chậm nhất ngày 21/10/2025.']
    expect(sectionLines(content, { eventDates: { 'dai-hoi-xa': '2025-10-01' } })).toEqual(expected)
    expect(sectionLines({ ...content, events: [{ ...congress, date: '2025-10-01' }] })).toEqual(expected)
  })

  it('words days before an event, fixed dates and notes', () => {
    const content = withBlocks([field('deadlines')], {
      events: [congress],
      deadlines: [
        { ...deadline({ kind: 'event', eventId: 'dai-hoi-xa', offsetDays: -5 }), kind: 'registration', name: 'Đăng ký thi đua' },
        { ...deadline({ kind: 'date', date: '2025-12-05' }, 'các xóm gửi Văn phòng'), kind: 'report', name: 'Báo cáo tổng kết' },
      ],
    })
    expect(sectionLines(content)).toEqual([
      '- Đăng ký thi đua: chậm nhất 5 ngày trước Đại hội Đảng bộ xã;',
      '- Báo cáo tổng kết: chậm nhất ngày 05/12/2025 (các xóm gửi Văn phòng).',
    ])
  })
})

describe('award forms, standards, dossier', () => {
  it('prints "name (authority)" unless the name says who confers it, then the quota', () => {
    const form = { catalogueCode: null, targetGroupIds: [], quota: null }
    const content = withBlocks([field('awardForms')], {
      awardForms: [
        { ...form, id: 'hc', name: 'Huân chương Lao động hạng Ba', authority: 'Chủ tịch nước' },
        { ...form, id: 'bk', name: 'Bằng khen của Chủ tịch UBND tỉnh', authority: 'Chủ tịch UBND tỉnh' },
        { ...form, id: 'gk', name: 'Giấy khen', authority: 'Chủ tịch UBND xã', quota: 'không quá 05 tập thể' },
      ],
    })
    expect(sectionLines(content)).toEqual([
      '- Huân chương Lao động hạng Ba (Chủ tịch nước);',
      '- Bằng khen của Chủ tịch UBND tỉnh;',
      '- Giấy khen (Chủ tịch UBND xã): không quá 05 tập thể.',
    ])
  })

  it('lists the standards', () => {
    const content = withBlocks([field('standards', 'Tiêu chuẩn:')], { standards: ['nội bộ đoàn kết', 'không có cá nhân bị kỷ luật từ khiển trách trở lên'] })
    expect(sectionLines(content)).toEqual(['Tiêu chuẩn:', '- nội bộ đoàn kết;', '- không có cá nhân bị kỷ luật từ khiển trách trở lên.'])
  })

  it('lists the dossier, then the number of copies and where it goes', () => {
    const content = withBlocks([field('dossier')], {
      dossier: { items: ['Tờ trình kèm danh sách', 'Báo cáo thành tích;'], copies: 2, submitTo: 'Văn phòng HĐND và UBND xã' },
    })
    expect(sectionLines(content)).toEqual(['- Tờ trình kèm danh sách;', '- Báo cáo thành tích.', 'Số lượng: 02 bộ.', 'Hồ sơ gửi về Văn phòng HĐND và UBND xã.'])
  })
})

describe('phases', () => {
  const phase = {
    id: 'dot-1', name: 'Đợt 1', from: '2024-08-01', to: '2025-07-31',
    review: { kind: 'interim' as const, due: { kind: 'event' as const, eventId: 'dai-hoi-xa', offsetDays: 10 } },
  }

  it('opens a sub-heading per phase under the current heading, with its review', () => {
    const content = withBlocks([{ type: 'heading', text: 'Thời gian' }, field('phases')], {
      events: [congress],
      phases: [phase, { ...phase, id: 'dot-2', name: 'Đợt 2', from: '2025-08-01', to: '2026-07-31', review: null }],
    })
    expect(sectionLines(content)).toEqual([
      '1. Thời gian',
      '1.1. Đợt 1: từ 01/08/2024 đến 31/07/2025',
      '- Sơ kết Đợt 1: 10 ngày sau Đại hội Đảng bộ xã.',
      '1.2. Đợt 2: từ 01/08/2025 đến 31/07/2026',
    ])
  })

  it('uses the plan\'s own wording and goal when it has them', () => {
    const content = withBlocks([field('phases')], {
      phases: [{
        ...phase,
        asWritten: 'Đợt 1: Từ khi phát động (tháng 8/2024) đến tháng 7/2025',
        goal: 'Thi đua lập thành tích chào mừng Đại hội.',
        review: { kind: 'interim', due: { kind: 'date', date: '2025-08-31' }, asWritten: 'Tổ chức sơ kết trong tháng 8/2025' },
      }],
    })
    expect(sectionLines(content)).toEqual([
      '1. Đợt 1: Từ khi phát động (tháng 8/2024) đến tháng 7/2025',
      'Thi đua lập thành tích chào mừng Đại hội.',
      '- Tổ chức sơ kết trong tháng 8/2025.',
    ])
  })
})

describe('target groups and criteria', () => {
  const groups: PlanContent['targetGroups'] = [
    { id: 'so', kind: 'collective', name: 'các sở, ban, ngành', criteria: ['Hoàn thành xuất sắc nhiệm vụ', 'Đẩy mạnh cải cách hành chính.'] },
    { id: 'mttq', kind: 'collective', name: 'Ủy ban MTTQ tỉnh', heading: 'Đề nghị Ủy ban MTTQ tỉnh', criteria: ['Vận động Nhân dân.'] },
    { id: 'cn', kind: 'individual', name: 'Cán bộ, công chức và Nhân dân', criteria: [] },
  ]

  it('letters the groups with their kind', () => {
    expect(sectionLines(withBlocks([field('targetGroups')], { targetGroups: groups }))).toEqual([
      'a) Tập thể: các sở, ban, ngành;',
      'b) Tập thể: Ủy ban MTTQ tỉnh;',
      'c) Cá nhân: Cán bộ, công chức và Nhân dân.',
    ])
  })

  it('gives each group with criteria a sub-heading and its criteria', () => {
    const content = withBlocks([{ type: 'heading', text: 'Tiêu chí thi đua' }, field('criteria')], { targetGroups: groups })
    expect(sectionLines(content)).toEqual([
      '1. Tiêu chí thi đua',
      '1.1. Đối với các sở, ban, ngành',
      '- Hoàn thành xuất sắc nhiệm vụ.',
      '- Đẩy mạnh cải cách hành chính.',
      '1.2. Đề nghị Ủy ban MTTQ tỉnh',
      '- Vận động Nhân dân.',
    ])
  })
})

describe('ceremony', () => {
  const ceremony: PlanContent['ceremony'] = {
    date: '2024-08-15',
    place: 'Hội trường UBND xã',
    attendees: [{ group: 'Thường trực HĐND xã', count: null }, { group: 'Bí thư các chi bộ', count: 12 }],
    programme: [{ title: 'Tuyên bố lý do', speaker: null }, { title: 'Phát biểu khai mạc', speaker: 'Bí thư Đảng ủy' }],
    pledgeSigners: ['Bí thư các chi bộ trực thuộc'],
  }

  it('shows time, place, attendees, the programme as a table and the pledge signers', () => {
    expect(sectionLines(withBlocks([field('ceremony')], { ceremony }))).toEqual([
      'Thời gian: ngày 15/08/2024.',
      'Địa điểm: Hội trường UBND xã.',
      'Thành phần tham dự:',
      '- Thường trực HĐND xã;',
      '- Bí thư các chi bộ (12 người).',
      'Chương trình:',
      'TT | Nội dung | Người thực hiện',
      '1 | Tuyên bố lý do | ',
      '2 | Phát biểu khai mạc | Bí thư Đảng ủy',
      'Đại diện ký cam kết thi đua:',
      '- Bí thư các chi bộ trực thuộc.',
    ])
  })

  it('shows one part under the plan\'s own heading; the table has no speaker column when none is named', () => {
    const noSpeakers = { ...ceremony, programme: ceremony.programme.map((p) => ({ ...p, speaker: null })) }
    const content = withBlocks([{ type: 'heading', text: 'Chương trình buổi Lễ' }, { type: 'field', field: 'ceremony', part: 'programme' }], { ceremony: noSpeakers })
    expect(sectionLines(content)).toEqual(['1. Chương trình buổi Lễ', 'TT | Nội dung', '1 | Tuyên bố lý do', '2 | Phát biểu khai mạc'])
  })
})

describe('assignments', () => {
  const unit = { organizationId: null }

  it('numbers each organization (below a heading, as its sub-points) and lays out its tasks as the plan does', () => {
    const content = withBlocks([{ type: 'heading', text: 'Chung' }, field('assignments')], {
      assignments: [
        { ...unit, organizationName: 'Văn phòng – Thống kê', heading: 'Văn phòng – Thống kê (Thường trực Hội đồng)', tasks: ['Chủ trì tham mưu.', 'Hướng dẫn khen thưởng.'], taskMarker: 'letter' },
        { ...unit, organizationName: 'Phòng Văn hóa - Xã hội', tasks: ['Tuyên truyền.', 'Kiểm tra.'] },
        { ...unit, organizationName: 'Các thôn', tasks: ['Triển khai Kế hoạch.'] },
        { ...unit, organizationName: 'Công chức Tài chính – Kế toán', layout: 'inline', tasks: ['Lập dự toán kinh phí.', 'Quyết toán.'] },
        { ...unit, organizationName: 'Tuyên giáo Đảng ủy', layout: 'sentence', tasks: ['phối hợp đẩy mạnh tuyên truyền.'] },
      ],
    })
    expect(sectionLines(content)).toEqual([
      '1. Chung',
      '1.1. Văn phòng – Thống kê (Thường trực Hội đồng)',
      'a) Chủ trì tham mưu.',
      'b) Hướng dẫn khen thưởng.',
      '1.2. Phòng Văn hóa - Xã hội',
      '- Tuyên truyền.',
      '- Kiểm tra.',
      '1.3. Các thôn',
      'Triển khai Kế hoạch.',
      '1.4. Công chức Tài chính – Kế toán: Lập dự toán kinh phí.',
      'Quyết toán.',
      '1.5. Tuyên giáo Đảng ủy phối hợp đẩy mạnh tuyên truyền.',
    ])
  })

  it('prints the organization in bold on an inline line', () => {
    const content = withBlocks([field('assignments')], {
      assignments: [{ ...unit, organizationName: 'Sở Nội vụ', heading: 'Đề nghị Sở Nội vụ', layout: 'inline', tasks: ['Hướng dẫn.'] }],
    })
    const model = planDocument(content, { number: null, date: null, track: 'state' })
    expect(model.body[1]).toEqual({ type: 'item', marker: '1.', runs: [{ text: 'Đề nghị Sở Nội vụ:', bold: true }, ' Hướng dẫn.'] })
  })
})
