import { describe, expect, it } from 'vitest'
import { markSegments } from './highlight.ts'

const marked = (text: string, spans: { start: number; end: number }[]) => markSegments(text, spans).filter((s) => s.marked).map((s) => s.text)

describe('markSegments', () => {
  const text = 'KẾ HOẠCH\nPhát động thi đua năm 2025\nNgười ký: Ma Khánh Sơn'

  it('cuts the text into plain and marked segments that put it back together', () => {
    const start = text.indexOf('Ma Khánh Sơn')
    const segments = markSegments(text, [{ start, end: start + 'Ma Khánh Sơn'.length }])
    expect(segments.map((s) => s.marked)).toEqual([false, true])
    expect(segments[1]).toEqual({ start, end: text.length, text: 'Ma Khánh Sơn', marked: true })
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('merges overlapping and touching spans, in any order, into one mark each', () => {
    const segments = markSegments(text, [
      { start: 13, end: 22 },
      { start: 0, end: 2 },
      { start: 9, end: 16 },
      { start: 22, end: 26 },
    ])
    expect(segments.filter((s) => s.marked).map((s) => [s.start, s.end])).toEqual([[0, 2], [9, 26]])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('clips spans outside the text and ignores empty or reversed ones', () => {
    expect(marked(text, [{ start: -5, end: 2 }, { start: text.length - 3, end: text.length + 50 }, { start: 7, end: 7 }, { start: 9, end: 4 }])).toEqual(['KẾ', 'Sơn'])
    expect(markSegments('', [{ start: 0, end: 4 }])).toEqual([])
  })

  it('marks whole letters of NFC text, and never leaves a tone mark of decomposed text outside the mark', () => {
    const nfc = 'Đảng bộ xã'
    expect(nfc).toBe(nfc.normalize('NFC'))
    expect(marked(nfc, [{ start: 0, end: 4 }])).toEqual(['Đảng'])
    const nfd = 'Đảng'.normalize('NFD')
    const [mark] = marked(nfd, [{ start: 0, end: 2 }])
    expect(mark!.normalize('NFC')).toBe('Đả')
    expect(marked('a😀b', [{ start: 0, end: 2 }])).toEqual(['a😀'])
  })
})
