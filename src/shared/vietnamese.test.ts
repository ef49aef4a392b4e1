import { describe, expect, it } from 'vitest'
import { foldAccents, normalizeText, vietnameseNameSortKey, vietnameseTextSortKey } from './vietnamese.ts'

describe('foldAccents', () => {
  it('removes every diacritic and đ', () => {
    expect(foldAccents('Nguyễn Văn Đức Hòa')).toBe('nguyen van duc hoa')
    expect(foldAccents('ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH')).toBe('uy ban nhan dan xa binh thanh')
  })
  it('treats decomposed and old tone placement the same', () => {
    expect(foldAccents('hoà')).toBe(foldAccents('hòa'))
    expect(foldAccents('Nguye\u0302\u0303n')).toBe('nguyen')
  })
})

describe('normalizeText', () => {
  it('composes to NFC and collapses whitespace', () => {
    expect(normalizeText('  Nguye\u0302\u0303n   Văn  ')).toBe('Nguyễn Văn')
  })
})

describe('vietnameseNameSortKey', () => {
  const sortByKey = (names: string[]) => [...names].sort((a, b) => (vietnameseNameSortKey(a) < vietnameseNameSortKey(b) ? -1 : 1))

  it('orders by given name first, as Vietnamese lists do', () => {
    expect(sortByKey(['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn Bình'])).toEqual(['Nguyễn Thị An', 'Lê Văn Bình', 'Trần Văn Bình'])
  })
  it('places ă, â after a and đ after d', () => {
    expect(sortByKey(['Đông', 'Dũng', 'Ân', 'Ăn', 'An'])).toEqual(['An', 'Ăn', 'Ân', 'Dũng', 'Đông'])
  })
  it('agrees with the ICU Vietnamese collator on single words', () => {
    const words = ['an', 'ăn', 'ân', 'bà', 'ba', 'bả', 'bã', 'bá', 'bạ', 'đa', 'da', 'ơn', 'ôn', 'on', 'ưng', 'ung', 'yến', 'xuân']
    const collator = new Intl.Collator('vi')
    const expected = [...words].sort(collator.compare)
    expect(sortByKey(words)).toEqual(expected)
  })
})

describe('vietnameseTextSortKey', () => {
  it('sorts Đ after D in organisation names', () => {
    const names = ['Xóm Đồng Tâm', 'Xóm Dốc Hạ', 'Xóm An Thái']
    expect([...names].sort((a, b) => (vietnameseTextSortKey(a) < vietnameseTextSortKey(b) ? -1 : 1))).toEqual(['Xóm An Thái', 'Xóm Dốc Hạ', 'Xóm Đồng Tâm'])
  })
})
