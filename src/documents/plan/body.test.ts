import { describe, expect, it } from 'vitest'
import { planDocument } from './plan-document.ts'
import { bodyLines, sectionLines, testPlan, withBlocks } from './testing/plan-builder.ts'

const options = { number: null, date: null, track: 'state' } as const

describe('section numbering', () => {
  it('numbers sections with Roman numerals; titles are stored without numbers', () => {
    const titles = ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'THỜI GIAN', 'KHEN THƯỞNG', 'TỔ CHỨC THỰC HIỆN']
    const lines = bodyLines(planDocument(testPlan({ sections: titles.map((title) => ({ title, blocks: [] })) }), options))
    expect(lines).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. THỜI GIAN', 'IV. KHEN THƯỞNG', 'V. TỔ CHỨC THỰC HIỆN'])
  })

  it('numbers headings 1., 2. and sub-headings 1.1., 1.2. afresh in every section', () => {
    const blocks = [
      { type: 'heading', text: 'Mục đích' },
      { type: 'heading', text: 'Tiêu chí', level: 3 },
      { type: 'heading', text: 'Hình thức', level: 3 },
      { type: 'heading', text: 'Yêu cầu' },
      { type: 'heading', text: 'Đối với cá nhân', level: 3 },
    ] as const
    const model = planDocument(testPlan({ sections: [{ title: 'A', blocks: [...blocks] }, { title: 'B', blocks: [blocks[0]] }] }), options)
    expect(bodyLines(model)).toEqual(['I. A', '1. Mục đích', '1.1. Tiêu chí', '1.2. Hình thức', '2. Yêu cầu', '2.1. Đối với cá nhân', 'II. B', '1. Mục đích'])
    expect(model.body.map((b) => (b.type === 'heading' ? b.level : null))).toEqual([1, 2, 3, 3, 2, 3, 1, 2])
  })

  it('letters items in Vietnamese order, đ after d, and starts again after a heading', () => {
    const letters = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy'].map((text) => ({ type: 'item' as const, marker: 'letter' as const, text }))
    const lines = sectionLines(withBlocks([{ type: 'heading', text: 'Mục đích' }, ...letters, { type: 'heading', text: 'Yêu cầu' }, ...letters.slice(0, 2)]))
    expect(lines).toEqual([
      '1. Mục đích', 'a) một', 'b) hai', 'c) ba', 'd) bốn', 'đ) năm', 'e) sáu', 'g) bảy',
      '2. Yêu cầu', 'a) một', 'b) hai',
    ])
  })

  it('prints dashes, pluses and unmarked items as written; an unmarked item is a paragraph', () => {
    const model = planDocument(
      withBlocks([
        { type: 'item', marker: 'dash', text: 'gạch' },
        { type: 'item', marker: 'plus', text: 'cộng' },
        { type: 'item', marker: 'none', text: 'không dấu' },
      ]),
      options,
    )
    expect(bodyLines(model).slice(1)).toEqual(['- gạch', '+ cộng', 'không dấu'])
    expect(model.body[3]).toEqual({ type: 'paragraph', runs: ['không dấu'] })
  })

  it('nests lists: children follow their item with their own counters', () => {
    const lines = sectionLines(
      withBlocks([
        { type: 'item', marker: 'letter', text: 'Tập thể', children: [{ type: 'item', marker: 'number', text: 'Xóm' }, { type: 'item', marker: 'number', text: 'Trường' }] },
        { type: 'item', marker: 'letter', text: 'Cá nhân', children: [{ type: 'item', marker: 'letter', text: 'Cán bộ' }, { type: 'item', marker: 'plus', text: 'Nhân dân' }] },
      ]),
    )
    expect(lines).toEqual(['a) Tập thể', '1. Xóm', '2. Trường', 'b) Cá nhân', 'a) Cán bộ', '+ Nhân dân'])
  })

  it('numbers the points of a section without headings like headings, so sub-headings go under the last point', () => {
    const lines = sectionLines(
      withBlocks([
        { type: 'item', marker: 'number', text: 'Thi đua thứ nhất' },
        { type: 'item', marker: 'number', text: 'Thi đua thứ hai, tập trung một số lĩnh vực sau:' },
        { type: 'heading', text: 'Xây dựng Đảng', level: 3 },
        { type: 'item', marker: 'dash', text: 'chi bộ bốn tốt' },
        { type: 'heading', text: 'Kinh tế - xã hội', level: 3 },
        { type: 'item', marker: 'number', text: 'Thi đua thứ ba' },
      ]),
    )
    expect(lines).toEqual(['1. Thi đua thứ nhất', '2. Thi đua thứ hai, tập trung một số lĩnh vực sau:', '2.1. Xây dựng Đảng', '- chi bộ bốn tốt', '2.2. Kinh tế - xã hội', '3. Thi đua thứ ba'])
  })

  it('numbers points under a heading as a list of their own', () => {
    const lines = sectionLines(
      withBlocks([
        { type: 'heading', text: 'Nội dung' },
        { type: 'item', marker: 'number', text: 'một' },
        { type: 'item', marker: 'number', text: 'hai' },
        { type: 'heading', text: 'Thời gian' },
        { type: 'item', marker: 'number', text: 'ba' },
      ]),
    )
    expect(lines).toEqual(['1. Nội dung', '1. một', '2. hai', '2. Thời gian', '1. ba'])
  })
})
