// Small pieces the nomination's documents share: the header of the proposing unit, paragraphs, list items,
// dates written the Vietnamese way, the count of nominees by kind.
import type { Block, DocumentHeader, Inline } from '../document-model.ts'
import type { DossierEntry, DossierUnit, NominationDossierData } from './dossier-data.ts'

/** 2025-07-01 → 01/07/2025 */
export const dmy = (iso: string) => iso.split('-').reverse().join('/')

export const paragraph = (...runs: Inline[]): Block => ({ type: 'paragraph', runs })
export const italic = (text: string): Block => paragraph({ text, italic: true })
export const item = (text: string): Block => ({ type: 'item', marker: '-', runs: [text] })
export const heading = (text: string, level: 1 | 2 | 3 = 1): Block => ({ type: 'heading', level, text })
/** A label and its value; an unknown value is left as dots to fill in by hand. */
export const field = (label: string, value: string | number | null | undefined): Block =>
  ({ type: 'item', marker: '-', runs: [`${label}: `, value === null || value === undefined || value === '' ? '……………………………………' : String(value)] })

/** The achievement as written, one paragraph per line. */
export const paragraphsOf = (text: string): Block[] => text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => paragraph(l))

/** "TTr-UBND" for State bodies, "TTr/ĐU" for Party bodies. */
const symbolOf = (unit: DossierUnit, docType: string) => (unit.track === 'party' ? `${docType}/${unit.symbolTail}` : `${docType}-${unit.symbolTail}`)

export function unitHeader(unit: DossierUnit, docType: string, number: string | null, date: string | null): DocumentHeader {
  return { track: unit.track, governingBody: unit.governingBody, issuer: unit.heading, number, symbol: symbolOf(unit, docType), place: unit.place, date }
}

/** "(Kèm theo Tờ trình số 05/TTr-UBND ngày 20/08/2025 của Ủy ban nhân dân xã Bắc Sơn)"; a draft leaves number and date out. */
export function attachedToProposal(data: NominationDossierData): string {
  const number = data.number === null ? '' : ` số ${data.number}${data.unit.track === 'party' ? '-' : '/'}${symbolOf(data.unit, 'TTr')}`
  return `(Kèm theo Tờ trình${number}${data.date ? ` ngày ${dmy(data.date)}` : ''} của ${data.unit.formalName})`
}

/** "2 cá nhân, 1 tập thể" */
export function countByKind(entries: readonly DossierEntry[]): string {
  const labels = { individual: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình' } as const
  return (['collective', 'individual', 'household'] as const)
    .map((kind) => [entries.filter((e) => e.subject.kind === kind).length, labels[kind]] as const)
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${String(count).padStart(2, '0')} ${label}`)
    .join(', ')
}

/** The first sentence of the achievement, at most 300 characters (the list and the summary table). */
export function shortAchievement(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? ''
  const sentence = /^(.+?[.;])(\s|$)/.exec(first)?.[1] ?? first
  return sentence.length <= 300 ? sentence : `${sentence.slice(0, 297).trimEnd()}…`
}
