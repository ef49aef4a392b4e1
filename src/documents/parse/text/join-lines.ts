// Rebuilds paragraphs from physical lines. Text taken from PDFs is wrapped at the page width,
// sometimes with a blank line after every line (seed 004); text from Word or markdown holds one
// paragraph per line. The joiner looks at the whole text first (line widths, how blank lines are
// used), then joins a line to the previous one unless a marker, an upper-case line, a sentence end,
// a block starter or a short numbered heading says a new paragraph begins.

import { endsClause, endsWithConnector, isUpperCaseLine, startsBlock, startsLowerCase, startsWithHeadingMarker, startsWithMarker } from './line-shape.ts'

export interface SourceLine {
  text: string
  /** Blank lines between this line and the previous non-blank one. */
  blanksBefore: number
  /** The break before this line is certain (column split, page boundary kept by the reader). */
  hardBefore: boolean
}

/** 'paragraphs': blank lines separate paragraphs (Word); 'lines': physical lines (PDF); 'unknown': decide from the text. */
export type LayoutHint = 'paragraphs' | 'lines' | 'unknown'

function percentile90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * 0.9)] ?? 0
}

function isContinuation(prev: string, next: string): boolean {
  return !endsClause(prev) && (startsLowerCase(next) || endsWithConnector(prev) || /[-–]$/.test(prev))
}

/** Nothing shows that a new paragraph starts here. */
function isPlain(prev: string, next: string): boolean {
  return !endsClause(prev) && !startsWithMarker(next) && !isUpperCaseLine(next) && !isUpperCaseLine(prev) && !startsBlock(next)
}

interface Layout {
  width: number
  /** A single blank line is only line spacing (double-spaced wrapped text). */
  softBlank: boolean
  /** Consecutive lines belong to one paragraph unless shown otherwise. */
  joinConsecutive: boolean
}

function detectLayout(lines: SourceLine[], hint: LayoutHint): Layout {
  const width = percentile90(lines.map((l) => l.text.length))
  const wrapped = hint === 'lines' || (hint === 'unknown' && width <= 130 && lines.length >= 8)
  // Double-spaced wrapped text: many lines after a single blank just go on with the sentence.
  const single = lines.slice(1).map((l, i) => ({ prev: (lines[i] as SourceLine).text, next: l })).filter((t) => t.next.blanksBefore === 1)
  const plain = single.filter((t) => isPlain(t.prev, t.next.text))
  const continued = single.some((t) => isContinuation(t.prev, t.next.text))
  const blankShare = lines.length > 1 ? lines.slice(1).filter((l) => l.blanksBefore > 0).length / (lines.length - 1) : 0
  return {
    width,
    softBlank: wrapped && continued && plain.length / single.length >= 0.3,
    joinConsecutive: wrapped || hint === 'paragraphs' || blankShare >= 0.5,
  }
}

function breaksBefore(para: string[], next: SourceLine, layout: Layout): boolean {
  const prev = para[para.length - 1] as string
  if (next.hardBefore || next.blanksBefore >= 2) return true
  // "kinh tế" / "- xã hội": a hyphen wrapped to the start of a line is not a list item.
  if (/^[-–]\s+\p{Ll}/u.test(next.text) && !endsClause(prev) && next.blanksBefore === 0 && layout.joinConsecutive) return false
  if (startsWithMarker(next.text) || isUpperCaseLine(next.text) || isUpperCaseLine(prev) || startsBlock(next.text)) return true
  // "Nơi nhận:", "Kính gửi:" and a note on its own line ("(Đã ký)") end their line.
  if (/^(?:Nơi nhận|Kính gửi)(?![\p{L}\d])|^\([^()]*\)$/u.test(prev)) return true
  const physical = next.blanksBefore === 0 ? layout.joinConsecutive : layout.softBlank
  // A wrapped clause of a long sentence: "…; \n phong trào thi đua …".
  if (endsClause(prev)) return !(physical && /;\s*$/.test(prev) && startsLowerCase(next.text))
  if (!physical) return !isContinuation(prev, next.text)
  const shortHeading = para.length === 1 && startsWithHeadingMarker(prev) && prev.length < layout.width * 0.65
  return shortHeading && !startsLowerCase(next.text)
}

function glue(paragraph: string[]): string {
  let out = ''
  // "NĐ-" + "CP": a hyphen closing a line inside a symbol joins without a space.
  for (const line of paragraph) out = !out ? line : /[\p{L}\d]-$/u.test(out.slice(-2)) ? out + line : `${out} ${line}`
  return out.replace(/\s+/g, ' ').trim()
}

/** Physical lines → paragraphs (one string each, spaces collapsed). */
export function joinLines(lines: SourceLine[], hint: LayoutHint): string[] {
  const layout = detectLayout(lines, hint)
  const paragraphs: string[][] = []
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1]
    if (current && !breaksBefore(current, line, layout)) current.push(line.text)
    else paragraphs.push([line.text])
  }
  return paragraphs.map(glue).filter(Boolean)
}
