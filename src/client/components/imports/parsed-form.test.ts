import { describe, expect, it } from 'vitest'
import { parseText } from '../../../documents/parse/index.ts'
import { activeSpans, fromReviewValues, isFound, toReviewValues } from './parsed-form.ts'

const document = parseText('KẾ HOẠCH\nPhát động thi đua năm 2025\nI. KHẨU HIỆU\nII. THỜI GIAN THI ĐUA\nTừ ngày 01/3/2025 đến ngày 30/11/2025.\nNơi nhận:\n- Đảng ủy xã;\n- Lưu: VT.\nCHỦ TỊCH\nMa Khánh Sơn')

describe('review form values', () => {
  it('holds blanks as empty text and gives back what was read', () => {
    const values = toReviewValues(document)
    expect(values).toMatchObject({ title: 'Phát động thi đua năm 2025', theme: '', period: { from: '2025-03-01', to: '2025-11-30', as_written: expect.any(String) }, recipients: ['Đảng ủy xã', 'Lưu: VT'] })
    const { _meta, event: _event, awardees: _awardees, ...fields } = document
    expect(fromReviewValues(values)).toEqual(fields)
  })

  it('turns edits back into the parser\'s shape: trimmed NFC text, blanks as null, no empty lines or unnamed phases', () => {
    const values = toReviewValues(document)
    const edited = fromReviewValues({
      ...values,
      title: '  Phát động thi đua năm 2026 ',
      signer_name: '   ',
      recipients: ['Đảng ủy xã', '', '  '],
      slogans: ['Thi đua là yêu nước'.normalize('NFD')],
      period: { from: '', to: '', as_written: '' },
      phases: [{ name: 'Đợt 1', from: '2026-01', to: '', review: '', review_date: '' }, { name: ' ', from: '2026-07', to: '2026-12', review: '', review_date: '' }],
    })
    expect(edited).toMatchObject({
      title: 'Phát động thi đua năm 2026',
      signer_name: null,
      recipients: ['Đảng ủy xã'],
      slogans: ['Thi đua là yêu nước'],
      period: null,
      phases: [{ name: 'Đợt 1', from: '2026-01', to: null, review: null, review_date: null }],
    })
  })

  it('marks all of a field\'s spans, or one entry\'s, and knows which fields were found', () => {
    const sources = document._meta.sources
    expect(activeSpans(sources, null)).toEqual([])
    expect(activeSpans(sources, { field: 'recipients' })).toEqual(sources.recipients)
    expect(activeSpans(sources, { field: 'recipients', item: 1 })).toEqual([sources.recipients![1]])
    expect(activeSpans(sources, { field: 'recipients', item: 5 })).toEqual([])
    expect(isFound(sources, 'signer_name')).toBe(true)
    expect(isFound(sources, 'theme')).toBe(false)
  })
})
