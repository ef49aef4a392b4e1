// Small text forms shared by the plan's blocks: list punctuation ("…;" then "…." on the last
// line, as Vietnamese administrative lists are written), sentence stops, list lines.
import type { Block, Inline } from '../document-model.ts'

const TERMINAL = /[.;:!?…]["”’)]*$/u

/** The text with a full stop unless it already ends a sentence or clause. */
export function asSentence(text: string): string {
  const trimmed = text.trim()
  return TERMINAL.test(trimmed) || trimmed === '' ? trimmed : `${trimmed}.`
}

/** One line of a list of data: ";" after each entry, "." after the last. */
export function listLine(text: string, last: boolean): string {
  return `${text.trim().replace(/[\s;,.]+$/u, '')}${last ? '.' : ';'}`
}

/** "từ nay …" → "Từ nay …" (a value that opens a paragraph). */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

/** An item with its printed marker, or a plain paragraph when it has none. */
export function markedBlock(marker: string | null, runs: Inline[]): Block {
  return marker === null ? { type: 'paragraph', runs } : { type: 'item', marker, runs }
}

/** Paragraph for a field's lead-in line ("Nội dung, chủ đề thi đua:"), when there is one. */
export function leadBlocks(lead: string | null | undefined): Block[] {
  return lead ? [{ type: 'paragraph', runs: [lead] }] : []
}

/** A lead-in paragraph, then one "- …;" line per entry, the last ending with "."; nothing without entries. */
export function dashList(lead: string | null | undefined, entries: string[]): Block[] {
  if (entries.length === 0) return []
  return [...leadBlocks(lead), ...entries.map((entry, i): Block => ({ type: 'item', marker: '-', runs: [listLine(entry, i === entries.length - 1)] }))]
}
