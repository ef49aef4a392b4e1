// Raw extracted text → the normalized text the extractors read and the UI highlights:
// Unicode NFC, no markdown marks, no table borders or page numbers, merged header and signature
// columns split apart, hard line wraps joined, one paragraph per line.

import { cleanTableDebris, isPageNumberLine, stripMarkdown } from './clean-line.ts'
import { joinLines, type LayoutHint, type SourceLine } from './join-lines.ts'
import { splitColumns } from './split-columns.ts'

function physicalLines(raw: string): SourceLine[] {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[^\P{Cc}\t\n\r]/gu, '')
  const lines: SourceLine[] = []
  let blanks = 0
  let hardNext = false
  for (const rawLine of text.split('\n')) {
    if (!rawLine.trim()) {
      blanks++
      continue
    }
    const cleaned = cleanTableDebris(stripMarkdown(rawLine))
    if (cleaned === null || !cleaned.trim() || isPageNumberLine(cleaned)) continue
    // Column parts and table rows stand on their own lines.
    const parts = splitColumns(cleaned)
    const row = /[|│┃║]/.test(rawLine)
    parts.forEach((part, i) => lines.push({ text: part, blanksBefore: i === 0 ? blanks : 0, hardBefore: i > 0 || hardNext || row }))
    hardNext = parts.length > 1 || row
    blanks = 0
  }
  return lines
}

/** Paragraphs separated by "\n"; `hint` says how the source laid out its lines. */
export function normalizeDocumentText(raw: string, hint: LayoutHint): string {
  return joinLines(physicalLines(raw), hint).join('\n')
}
