// The normalized text as the extractors see it: paragraphs with their offsets, list or heading
// marker, level and the tone-canonical form used for matching (same length as the text shown).

import { canonicalTones } from '../text/tone-placement.ts'
import { isUpperCaseLine, MARKER } from '../text/line-shape.ts'

export interface Span {
  start: number
  end: number
}

export interface Paragraph {
  index: number
  start: number
  end: number
  /** Text as written (for values) and with canonical tone placement (for matching). */
  text: string
  match: string
  /** Marker as printed ("I.", "1.2.", "a)", "-"), or null. */
  marker: string | null
  /** Part 0, Roman/Điều 1, "1." 2, "1.1." 3, "1.1.1." 4, letter 5, dash or bullet 7, none 9. */
  level: number
  /** Offset (in the whole text) where the content after the marker(s) begins. */
  contentStart: number
  content: string
  contentMatch: string
  upper: boolean
}

export interface Doc {
  text: string
  match: string
  paragraphs: Paragraph[]
}

function markerLevel(m: RegExpExecArray): number {
  if (m[7]) return 0
  if (m[2] || m[6]) return 1
  if (m[3]) return 1 + m[3].split('.').length
  if (m[4]) return 2
  if (m[5]) return 5
  return 7
}

function paragraph(text: string, match: string, index: number, start: number): Paragraph {
  const m = MARKER.exec(match)
  let skip = m ? m[0].length : 0
  // "- a) Tập thể: …": a lettered item behind a dash.
  if (m?.[1]) {
    const inner = /^[a-zđ]\s*[).]\s+/u.exec(match.slice(skip))
    if (inner) skip += inner[0].length
  }
  const content = text.slice(skip)
  return {
    index,
    start,
    end: start + text.length,
    text,
    match,
    marker: m ? m[0].trim() : null,
    level: m ? markerLevel(m) : 9,
    contentStart: start + skip,
    content,
    contentMatch: match.slice(skip),
    upper: isUpperCaseLine(text),
  }
}

/** Normalized text (paragraphs separated by "\n") → Doc. */
export function toDoc(text: string): Doc {
  const match = canonicalTones(text)
  const paragraphs: Paragraph[] = []
  let start = 0
  for (const line of text.split('\n')) {
    paragraphs.push(paragraph(line, match.slice(start, start + line.length), paragraphs.length, start))
    start += line.length + 1
  }
  return { text, match, paragraphs }
}
