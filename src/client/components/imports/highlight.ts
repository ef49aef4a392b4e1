// The document text cut into plain and marked segments for the source spans of a field: spans are
// clipped to the text, overlapping or touching spans become one mark, and a boundary never splits a
// letter from its combining marks (text that is not NFC) or a surrogate pair. Pure.

export interface Span {
  start: number
  end: number
}

export interface TextSegment {
  start: number
  end: number
  text: string
  marked: boolean
}

const COMBINING = /\p{M}/u

/** Moves a boundary forward past combining marks and the low half of a surrogate pair. */
function boundary(text: string, at: number): number {
  let i = Math.max(0, Math.min(text.length, Math.trunc(at)))
  const code = text.charCodeAt(i)
  if (i > 0 && code >= 0xdc00 && code <= 0xdfff) i++
  while (i < text.length && COMBINING.test(text[i] as string)) i++
  return i
}

/** The spans as disjoint, ordered ranges inside the text. */
function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const ranges = spans
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ start: boundary(text, s.start), end: boundary(text, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

export function markSegments(text: string, spans: readonly Span[]): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  const push = (start: number, end: number, marked: boolean) => {
    if (end > start) segments.push({ start, end, text: text.slice(start, end), marked })
  }
  for (const span of mergeSpans(text, spans)) {
    push(at, span.start, false)
    push(span.start, span.end, true)
    at = span.end
  }
  push(at, text.length, false)
  return segments
}
