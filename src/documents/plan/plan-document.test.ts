import { describe, expect, it } from 'vitest'
import { planDocument } from './plan-document.ts'
import { bodyLines, testPlan } from './testing/plan-builder.ts'

describe('planDocument', () => {
  it('fills the Decree 30 header from the plan and the options', () => {
    const model = planDocument(testPlan({ governingBody: 'UBND HUYỆN ĐỊNH HÓA' }), { number: '27', date: '2025-02-20', track: 'state' })
    expect(model.header).toEqual({
      track: 'state', governingBody: 'UBND HUYỆN ĐỊNH HÓA', issuer: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH',
      number: '27', symbol: 'KH-UBND', place: 'Bình Thành', date: '2025-02-20',
    })
    expect(model.documentType).toBe('KẾ HOẠCH')
    expect(model.title).toBe('Phát động phong trào thi đua năm 2025')
  })

  it('puts the preamble first, the closing paragraph last, then recipients and signature', () => {
    const content = testPlan({
      preamble: ['Thực hiện Kế hoạch số 213/KH-UBND.', 'UBND xã ban hành Kế hoạch như sau:'],
      sections: [{ title: 'MỤC ĐÍCH', blocks: [{ type: 'paragraph', text: 'Động viên.' }] }],
      closing: 'Trên đây là Kế hoạch …/.',
      recipients: ['Đảng ủy xã', 'Lưu: VT'],
      signer: { mode: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Ma Khánh Sơn', personId: null },
    })
    const model = planDocument(content, { number: null, date: null, track: 'state' })
    expect(bodyLines(model)).toEqual(['Thực hiện Kế hoạch số 213/KH-UBND.', 'UBND xã ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH', 'Động viên.', 'Trên đây là Kế hoạch …/.'])
    expect(model.recipients).toEqual(['Đảng ủy xã', 'Lưu: VT'])
    expect(model.signature).toEqual({ authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Ma Khánh Sơn' })
  })

  it('writes "Thực hiện …" from the legal bases when the preamble is empty', () => {
    const content = testPlan({
      legalBases: [
        { kind: 'document', number: '39/CT-TTg', date: '2024-10-15', issuer: 'Thủ tướng Chính phủ', title: 'về đẩy mạnh phong trào thi đua yêu nước' },
        { kind: 'campaign', campaignId: '0b6f4f3e-8d1c-4a3b-9a57-1f2e3d4c5b6a' },
        { kind: 'document', number: '05-KH/ĐU', date: null, issuer: 'Đảng ủy xã', title: null },
        { kind: 'document', number: '12/UBND-VP', date: '2025-01-02', issuer: null, title: null },
      ],
    })
    expect(bodyLines(planDocument(content, { number: null, date: null, track: 'state' }))).toEqual([
      'Thực hiện Chỉ thị số 39/CT-TTg ngày 15/10/2024 của Thủ tướng Chính phủ về đẩy mạnh phong trào thi đua yêu nước; Kế hoạch số 05-KH/ĐU của Đảng ủy xã; Văn bản số 12/UBND-VP ngày 02/01/2025.',
    ])
  })

  it('has no preamble without one or a document to cite', () => {
    expect(planDocument(testPlan(), { number: null, date: null, track: 'party' }).body).toEqual([])
  })
})
