// Line breaking for the PDF: styled text → words → lines that fit a width, and each
// word's position for left, centred or justified lines. Pure; widths come from a Measure.
import type { StyledText } from './content.ts'
import { fontStyle, type FontStyle } from './fonts.ts'
import type { Measure } from './measure.ts'

/** Part of a word in one style ("“" upright then "Đảng" italic make one word). */
export interface Piece {
  text: string
  style: FontStyle
  width: number
}

export interface Word {
  pieces: Piece[]
  width: number
}

export type Align = 'left' | 'center' | 'justify'

/** A piece placed on a line: x from the line's left edge. */
export interface PlacedPiece {
  text: string
  style: FontStyle
  x: number
}

export interface TextOptions {
  size: number
  width: number
  align: Align
  /** Indent of the first line (body paragraphs) — positive; later lines start at 0. */
  firstIndent?: number
  /** Indent of the lines after the first (hanging recipients). */
  restIndent?: number
}

/** Splits styled runs at white space; a word may span runs of different styles. */
function toWords(runs: StyledText[], size: number, measure: Measure): Word[] {
  const words: Word[] = []
  let current: Piece[] = []
  const flush = () => {
    if (current.length > 0) words.push({ pieces: current, width: current.reduce((w, p) => w + p.width, 0) })
    current = []
  }
  for (const run of runs) {
    const style = fontStyle(run.bold, run.italic)
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue
      if (/^\s+$/.test(part)) {
        flush()
        continue
      }
      current.push({ text: part, style, width: measure(part, style, size) })
    }
  }
  flush()
  return words
}

/** Greedy line breaking; a word wider than the line gets a line of its own. */
function breakLines(words: Word[], space: number, widthOf: (lineIndex: number) => number): Word[][] {
  const lines: Word[][] = []
  let line: Word[] = []
  let used = 0
  for (const word of words) {
    const needed = line.length === 0 ? word.width : used + space + word.width
    if (line.length > 0 && needed > widthOf(lines.length) + 0.01) {
      lines.push(line)
      line = [word]
      used = word.width
    } else {
      line.push(word)
      used = needed
    }
  }
  if (line.length > 0) lines.push(line)
  return lines
}

/** The lines of a paragraph, each as placed pieces; a trailing space on every word keeps words apart in extracted text. */
export function layoutText(runs: StyledText[], options: TextOptions, measure: Measure): PlacedPiece[][] {
  const { size, width, align } = options
  const firstIndent = options.firstIndent ?? 0
  const restIndent = options.restIndent ?? 0
  const space = measure(' ', 'regular', size)
  const indentOf = (i: number) => (i === 0 ? firstIndent : restIndent)
  const lines = breakLines(toWords(runs, size, measure), space, (i) => width - indentOf(i))
  return lines.map((line, i) => {
    const available = width - indentOf(i)
    const natural = line.reduce((w, word) => w + word.width, 0) + space * (line.length - 1)
    const last = i === lines.length - 1
    let x = indentOf(i)
    let gap = space
    if (align === 'center') x += (available - natural) / 2
    if (align === 'justify' && !last && line.length > 1) gap += (available - natural) / (line.length - 1)
    const placed: PlacedPiece[] = []
    for (const word of line) {
      word.pieces.forEach((piece, p) => {
        const text = p === word.pieces.length - 1 ? `${piece.text} ` : piece.text
        placed.push({ text, style: piece.style, x })
        x += piece.width
      })
      x += gap
    }
    return placed
  })
}
