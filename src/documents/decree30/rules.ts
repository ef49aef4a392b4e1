// Lengths of the short solid lines (law.md §8.3): under the issuer a third of its name,
// under the motto (or the Party's name) the full length of the text, under the trích yếu
// a third of its first line. Points; both writers draw the same lengths.
import { MOTTO, PARTY_NAME } from './content.ts'
import { POINTS_PER_MM, SHORT_RULE_FRACTION, SIZE, TEXT_WIDTH_MM } from './layout.ts'
import type { Measure } from './measure.ts'

export function issuerRuleWidth(lines: string[], columnWidth: number, measure: Measure): number {
  const widest = Math.max(0, ...lines.map((line) => Math.min(measure(line, 'bold', SIZE.issuer), columnWidth)))
  return widest * SHORT_RULE_FRACTION
}

export function mottoRuleWidth(track: 'state' | 'party', measure: Measure): number {
  return track === 'state' ? measure(MOTTO, 'bold', SIZE.motto) : measure(PARTY_NAME, 'bold', SIZE.partyName)
}

export function titleRuleWidth(title: string, measure: Measure): number {
  return Math.min(measure(title, 'bold', SIZE.title), TEXT_WIDTH_MM * POINTS_PER_MM) * SHORT_RULE_FRACTION
}
