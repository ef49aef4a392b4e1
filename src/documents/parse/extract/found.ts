// What an extractor returns: the value and where in the normalized text it was read.

import type { Span } from './document.ts'

export interface Found<T> {
  value: T
  spans: Span[]
}

export function found<T>(value: T, spans: Span[] = []): Found<T> {
  return { value, spans }
}

/** Items with their spans → one Found list, dropping repeats (compared without case, tones or punctuation). */
export function foundList(items: { value: string; span: Span }[]): Found<string[]> {
  const seen = new Set<string>()
  const value: string[] = []
  const spans: Span[] = []
  for (const item of items) {
    const key = item.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\d]+/gu, '')
    if (!key || seen.has(key)) continue
    seen.add(key)
    value.push(item.value)
    spans.push(item.span)
  }
  return { value, spans }
}
