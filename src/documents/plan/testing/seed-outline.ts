// The outline of an original seed plan, read generically from its text lines: every section
// heading ("I. …", "1. …", "3.1. …") and every list item ("- …", "+ …", "a) …", "a, …"),
// PDF-wrapped lines joined back, markers and markdown stripped. The round-trip test looks for
// each of them in the rendered plan.

export interface SeedOutline {
  headings: string[]
  items: string[]
}

const HEADING = /^(?:[IVX]+|\d+(?:\.\d+)*)\.\s*\S/u
const ITEM = /^(?:[-+]|[a-zđ][),])\s+\S/u
const MARKER = /^(?:(?:[IVX]+|\d+(?:\.\d+)*)\.|[-+]|[a-zđ][),])\s*/u
const ENDS_CLAUSE = /[.;:!?…]["”’)]*$/u
const STARTS_LOWER = /^[\p{Ll}\d]/u
/** A wrapped line of running text fills most of the text width; a short line ends its paragraph. */
const WRAPPED_LENGTH = 60

/** NFC, markdown emphasis (**, *) and heading marks (#) removed, trimmed. */
function cleanLine(line: string): string {
  return line.normalize('NFC').replace(/\*/g, '').trim().replace(/^#+\s*/u, '').trim()
}

const isMarked = (line: string) => HEADING.test(line) || ITEM.test(line)

/**
 * Whether `next` goes on from `last` (a line the PDF extraction broke): never a marked line,
 * never after a finished clause; after a numbered heading only in mid-word or mid-sentence
 * (lower-case start), elsewhere also when `last` was a full-width line.
 */
function continues(current: string, last: string, next: string): boolean {
  if (isMarked(next) || ENDS_CLAUSE.test(current)) return false
  if (STARTS_LOWER.test(next)) return true
  return !HEADING.test(current) && last.length >= WRAPPED_LENGTH
}

/** The text's lines with broken lines joined: "…Nghị định 98/2023/NĐ-" + "CP …" → "…NĐ-CP …". */
function logicalLines(text: string): string[] {
  const out: string[] = []
  let last = ''
  for (const line of text.split('\n').map(cleanLine).filter((l) => l !== '')) {
    const current = out[out.length - 1]
    if (current !== undefined && continues(current, last, line)) {
      out[out.length - 1] = /\S-$/u.test(current) ? `${current}${line}` : `${current} ${line}`
    } else {
      out.push(line)
    }
    last = line
  }
  return out
}

/** The line's text without its markers ("- a) Tập thể: …" → "Tập thể: …") and its closing punctuation. */
export function bareText(line: string): string {
  let text = line
  for (let previous = ''; previous !== text; ) {
    previous = text
    text = text.replace(MARKER, '')
  }
  return text.replace(/[\s.;,:/]+$/u, '').trim()
}

/** `excluded`: lines of the original that are not part of the plan (extraction debris), as they start. */
export function seedOutline(text: string, excluded: readonly string[] = []): SeedOutline {
  const lines = logicalLines(text).filter((line) => !excluded.some((start) => bareText(line).startsWith(start)))
  return {
    headings: lines.filter((line) => HEADING.test(line)).map(bareText),
    items: lines.filter((line) => ITEM.test(line)).map(bareText),
  }
}

/** Text compared without any white space: line breaks of a PDF or a DOCX do not matter. */
export const squeeze = (text: string) => text.normalize('NFC').replace(/\s+/gu, '')
