// Quoted phrases (“…” or "…") inside a paragraph, with offsets relative to the paragraph.

export interface Quote {
  text: string
  start: number
  end: number
}

export function quotesIn(text: string, from = 0): Quote[] {
  const out: Quote[] = []
  const pattern = /[“"]([^“”"]{3,}?)[”"]/gu
  pattern.lastIndex = from
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const inner = m[1] as string
    out.push({ text: inner.trim(), start: m.index + 1, end: m.index + 1 + inner.length })
  }
  return out
}
