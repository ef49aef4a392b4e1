import { describe, expect, it } from 'vitest'
import type { Measure } from './measure.ts'
import { layoutText } from './pdf-lines.ts'

// Every character is 1 pt wide at any size: widths are character counts.
const measure: Measure = (text) => text.length
const plain = (text: string) => [{ text, bold: false, italic: false }]

describe('layoutText', () => {
  it('breaks greedily and justifies every line but the last to the full width', () => {
    const lines = layoutText(plain('aaa bb cc dddd e'), { size: 14, width: 10, align: 'justify' }, measure)
    expect(lines.map((line) => line.map((p) => p.text.trim()))).toEqual([['aaa', 'bb', 'cc'], ['dddd', 'e']])
    // "aaa bb cc" is 9 wide: the one spare point is shared by the two gaps.
    expect(lines[0]?.map((p) => p.x)).toEqual([0, 4.5, 8])
    expect(lines[1]?.map((p) => p.x)).toEqual([0, 5])
  })

  it('indents the first line and hangs the others', () => {
    const first = layoutText(plain('aa bb cc dd'), { size: 14, width: 8, align: 'left', firstIndent: 3 }, measure)
    expect(first.map((line) => line[0]?.x)).toEqual([3, 0])
    const hanging = layoutText(plain('- aa bb cc'), { size: 11, width: 7, align: 'left', restIndent: 2 }, measure)
    expect(hanging.map((line) => line.map((p) => p.text.trim()))).toEqual([['-', 'aa', 'bb'], ['cc']])
    expect(hanging[1]?.[0]?.x).toBe(2)
  })

  it('centres lines and keeps a word wider than the line on a line of its own', () => {
    const lines = layoutText(plain('ab abcdefghijkl cd'), { size: 13, width: 10, align: 'center' }, measure)
    expect(lines.map((line) => line.map((p) => p.text.trim()))).toEqual([['ab'], ['abcdefghijkl'], ['cd']])
    expect(lines[0]?.[0]?.x).toBe(4)
  })

  it('keeps a word that changes style in the middle together, each part in its own style', () => {
    const lines = layoutText(
      [
        { text: 'chủ đề “', bold: false, italic: false },
        { text: 'Thi đua', bold: false, italic: true },
        { text: '”.', bold: true, italic: false },
      ],
      { size: 14, width: 100, align: 'left' },
      measure,
    )
    expect(lines[0]?.map((p) => [p.text, p.style, p.x])).toEqual([
      ['chủ ', 'regular', 0],
      ['đề ', 'regular', 4],
      ['“', 'regular', 7],
      ['Thi ', 'italic', 8],
      ['đua', 'italic', 12],
      ['”. ', 'bold', 15],
    ])
  })
})
