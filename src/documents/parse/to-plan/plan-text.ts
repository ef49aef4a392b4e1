// The parts of a plan's normalized text that only the text holds: the preamble as written, where the
// body runs (after the preamble, before the signature and the "Nơi nhận" list), the closing paragraph
// ("Trên đây là Kế hoạch …", "… ./.") and the signing authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). Pure.

import type { PlanContent } from '../../../shared/campaign-plan.ts'
import { toDoc, type Doc, type Paragraph } from '../extract/document.ts'
import { readHeader } from '../extract/header.ts'
import { findRecipientsIndex } from '../extract/closing.ts'

type Signer = PlanContent['signer']

export interface PlanText {
  doc: Doc
  preamble: string[]
  /** Paragraph indexes [from, to) of the numbered body. */
  body: { from: number; to: number }
  closing: string | null
  authority: Pick<Signer, 'mode' | 'onBehalfOf'> | null
  /** The "Nơi nhận" lines as written, notes included ("Ban Thường vụ Huyện ủy (báo cáo)"). */
  recipientLines: string[]
}

const AUTHORITY = /^(TM|T\/M|KT|TL|TUQ|Q)\s*\.?\s+(\p{Lu}.*)$/u
const NAME = /^[\p{Lu}][\p{Ll}]*(?:\s[\p{Lu}][\p{Ll}]*){1,5}$/u
const SIGNED_NOTE = /^[([]?\s*(?:đã ký|ký tên|ký, đóng dấu)[^)\]]*[)\]]?$/iu
// "Trên đây là Kế hoạch …", "Đề nghị các cấp, các ngành …", or any paragraph with the end mark "./." (a scan may read "./s").
const CLOSING = /^Trên đây(?![\p{L}\d])|^(?:Đề nghị|Yêu cầu) các (?:cấp|ngành|cơ quan|đơn vị)|\.\s?\/\s?[.s]\s*$/u

/** Lines of the signature block that can stand between the body and the "Nơi nhận" list. */
const signatureLine = (p: Paragraph) => {
  const text = p.text.trim()
  return !text || (p.upper && p.level === 9) || (NAME.test(text) && text.length <= 40) || SIGNED_NOTE.test(text)
}

function readAuthority(doc: Doc, from: number): PlanText['authority'] {
  for (const p of doc.paragraphs.slice(from)) {
    const m = p.upper ? AUTHORITY.exec(p.text.trim()) : null
    if (m) return { mode: m[1] === 'T/M' ? 'TM' : (m[1] as Signer['mode']), onBehalfOf: (m[2] as string).trim() }
  }
  return null
}

function readRecipientLines(doc: Doc, index: number | null): string[] {
  if (index === null) return []
  return doc.paragraphs
    .slice(index + 1)
    .filter((p) => p.level === 7)
    .map((p) => p.content.trim().replace(/[\s;,.]+$/u, ''))
}

/** A parsed recipient with the note the parser leaves out ("(báo cáo)", "(để thực hiện)"), when the text has one. */
export function withNote(recipient: string, lines: readonly string[]): string {
  return lines.find((line) => line.startsWith(recipient) && /^\s*\([^)]*\)$/u.test(line.slice(recipient.length))) ?? recipient
}

export function readPlanText(text: string): PlanText {
  const doc = toDoc(text)
  const header = readHeader(doc)
  const recipientsIndex = findRecipientsIndex(doc, header.bodyStart)
  let to = recipientsIndex ?? doc.paragraphs.length
  while (to > header.bodyStart && signatureLine(doc.paragraphs[to - 1] as Paragraph)) to--
  const last = doc.paragraphs[to - 1]
  const closing = last && to > header.bodyStart && last.level === 9 && CLOSING.test(last.text.trim()) ? last.text.trim() : null
  return {
    doc,
    preamble: header.preamble.map((p) => p.text.trim()).filter(Boolean),
    body: { from: header.bodyStart, to: closing ? to - 1 : to },
    closing,
    authority: readAuthority(doc, to),
    recipientLines: readRecipientLines(doc, recipientsIndex),
  }
}
