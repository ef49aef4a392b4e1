// Numbering inside one section (phần) of a plan: the section itself is "I.", "II." …; headings
// in it are "1.", "2." … and their sub-headings "1.1.", "1.2." …; list items carry a), b) … đ) …
// in Vietnamese letter order, "-", "+" or 1., 2. … Titles and texts are stored without numbers.
import type { ITEM_MARKERS } from '../../shared/campaign-plan.ts'
import { letterMarker } from '../decree30/index.ts'

export type ItemMarkerKind = (typeof ITEM_MARKERS)[number]

/** Counters of one list of items; a heading starts a new list. */
export interface ListCounters {
  letters: number
  numbers: number
}

export interface SectionNumbering {
  /**
   * The last level-2 number. Level-2 headings count here, and so do numbered points at the top
   * of the section before its first heading (seed 001 III: "4. …" then "4.1. …", "4.2. …").
   */
  arabic: number
  /** The last level-3 number under `arabic`. */
  sub: number
  /** A level-2 heading has opened: numbered points below it are a list of their own. */
  afterHeading: boolean
  /** The list at the top level of the section. */
  list: ListCounters
}

export const newList = (): ListCounters => ({ letters: 0, numbers: 0 })

export const newSection = (): SectionNumbering => ({ arabic: 0, sub: 0, afterHeading: false, list: newList() })

/** The number printed before a heading: "2." at level 2, "2.1." at level 3. */
export function headingNumber(section: SectionNumbering, level: 2 | 3): string {
  section.list.letters = 0
  section.list.numbers = 0
  if (level === 2) {
    section.arabic += 1
    section.sub = 0
    section.afterHeading = true
    return `${section.arabic}.`
  }
  section.sub += 1
  return section.arabic > 0 ? `${section.arabic}.${section.sub}.` : `${section.sub}.`
}

/** The level of headings a field block opens: under a level-2 heading they are its sub-headings. */
export const subHeadingLevel = (section: SectionNumbering): 2 | 3 => (section.afterHeading ? 3 : 2)

/**
 * The printed marker of the next item of a list ("a)", "-", "+", "3."), or null for an unmarked
 * item (printed as a paragraph). `section` is given for the section's top-level list only.
 */
export function nextMarker(list: ListCounters, kind: ItemMarkerKind, section: SectionNumbering | null): string | null {
  switch (kind) {
    case 'letter':
      list.letters += 1
      return letterMarker(list.letters - 1)
    case 'dash':
      return '-'
    case 'plus':
      return '+'
    case 'number':
      if (section !== null && !section.afterHeading) {
        section.arabic += 1
        section.sub = 0
        return `${section.arabic}.`
      }
      list.numbers += 1
      return `${list.numbers}.`
    case 'none':
      return null
  }
}
