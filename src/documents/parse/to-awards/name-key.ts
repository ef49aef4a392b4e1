// Names of units, bodies and people compared the way officers write them: without accents, case or
// punctuation, with the usual abbreviations spelled out ("UBND" = "Ủy ban nhân dân"). Pure.
import { foldAccents } from '../../../shared/vietnamese.ts'

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bthcs\b/g, 'trung hoc co so'],
  [/\bthpt\b/g, 'trung hoc pho thong'],
  [/\bhtx\b/g, 'hop tac xa'],
  [/\bclb\b/g, 'cau lac bo'],
  [/\btdp\b/g, 'to dan pho'],
]

/** "UBND xã Bình Thành" and "Ủy ban nhân dân xã Bình Thành" → "uy ban nhan dan xa binh thanh". */
export function nameKey(text: string): string {
  let key = foldAccents(text).replace(/[^a-z0-9]+/g, ' ')
  for (const [abbreviation, full] of ABBREVIATIONS) key = key.replace(abbreviation, full)
  return key.replace(/\s+/g, ' ').trim()
}

/** Does the key `haystack` hold the key `needle` as whole words? */
export function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `)
}
