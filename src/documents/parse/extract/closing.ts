// The end of a document: the "Nơi nhận:" list and the signature block ("TM. ỦY BAN NHÂN DÂN /
// KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (Đã ký) / Nguyễn Văn A"). In Word the two sit side by side, so
// the signature may come before or after the list, or be interleaved with it after PDF extraction.

import type { Doc, Paragraph } from './document.ts'
import { found, foundList, type Found } from './found.ts'
import { trimSpan } from './sections.ts'

const AUTHORITY = /^(?:TM|T\/M|KT|TL|TUQ|Q|THAY MẶT|KÝ THAY)\s*[.:]?\s+\p{Lu}/u
const SIGNED_NOTE = /^[([]?\s*(?:đã ký|ký|ký tên|ký, đóng dấu|ký, ghi rõ họ tên|ký và ghi rõ họ tên|daky|chữ ký)[^)\]]*[)\]]?$/iu
const KNOWN_TITLE = /(?:PHÓ\s+)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|TRƯỞNG ĐOÀN|THỦ TRƯỞNG|TỔNG GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG CÔNG AN|CHỈ HUY TRƯỞNG)$/u
const NAME = /^[\p{Lu}][\p{Ll}]*(?:\s[\p{Lu}][\p{Ll}]*){1,5}$/u
const UPPER_NAME = /^[\p{Lu}]+(?:\s[\p{Lu}]+){1,4}$/u
/** "Nguyễn Văn A (đã ký)": the note after a name. */
const SIGNED_SUFFIX = /\s*[([]?(?:đã ký|daky)[)\]]?\s*$/iu

export function findRecipientsIndex(doc: Doc, from: number): number | null {
  const p = doc.paragraphs.slice(from).find((q) => /^Nơi nhận(?![\p{L}\d])/u.test(q.match))
  return p ? p.index : null
}

/** Lines of a signature block that may interrupt the recipients list. */
function isSignatureLine(p: Paragraph): boolean {
  return (p.upper && p.level === 9) || NAME.test(p.text.trim()) || SIGNED_NOTE.test(p.text.trim())
}

// Notes after a recipient: "(báo cáo)", "(b/c)", "(để thực hiện)".
const NOTE = /\s*\((?:để\s+)?(?:báo cáo|b\/c|bc|thực hiện|t\/h|biết|phối hợp|chỉ đạo|đăng tải|niêm yết|theo dõi|thi hành|t\/d|đăng|công khai|giám sát|kiểm tra|p\/h)[^)]*\)/giu

export function readRecipients(doc: Doc, index: number | null): Found<string[]> {
  if (index === null) return found([])
  const items: { value: string; span: { start: number; end: number } }[] = []
  const add = (start: number, end: number) => {
    const span = trimSpan(doc, start, end)
    const value = doc.text.slice(span.start, span.end).replace(NOTE, '').replace(/[\s;,.]+$/u, '').trim()
    if (value && !/\\|\.(?:docx?|pdf)$/iu.test(value)) items.push({ value, span })
  }
  const head = doc.paragraphs[index] as Paragraph
  const inline = /^Nơi nhận\s*:?\s*/u.exec(head.match)?.[0].length ?? 0
  let offset = head.start + inline
  for (const part of head.text.slice(inline).split(/;/)) {
    if (part.trim()) add(offset, offset + part.length)
    offset += part.length + 1
  }
  let skipped = 0
  for (const p of doc.paragraphs.slice(index + 1)) {
    const unmarked = p.level === 9 && !p.upper && /[;.,]$/u.test(p.text) && p.text.length <= 100 && !NAME.test(p.text.trim())
    if (p.level === 7 || unmarked) {
      add(p.contentStart, p.end)
      skipped = 0
    } else if (isSignatureLine(p) && skipped < 4) skipped++
    else break
  }
  return foundList(items)
}

export interface Signature {
  title: Found<string | null>
  name: Found<string | null>
}

function signature(doc: Doc, title: Paragraph | null, authority: Paragraph | null, name: Paragraph | null): Signature {
  return {
    title: title ? found(title.text.trim(), [trimSpan(doc, title.start, title.end)]) : fromAuthority(doc, authority as Paragraph),
    name: name ? nameFound(doc, name) : found(null),
  }
}

function nameFound(doc: Doc, p: Paragraph): Found<string | null> {
  const span = trimSpan(doc, p.start, p.start + p.text.replace(SIGNED_SUFFIX, '').length)
  return found(doc.text.slice(span.start, span.end), [span])
}

/** Reads "authority lines / title / name" from paragraph `start` on; null when no signature starts there. */
function readFrom(doc: Doc, start: number, end: number): Signature | null {
  let authority: Paragraph | null = null
  let title: Paragraph | null = null
  for (const p of doc.paragraphs.slice(start, end)) {
    const text = p.text.replace(SIGNED_SUFFIX, '').trim()
    // Recipients and "(Đã ký)" notes may be interleaved with the signature.
    if (!text || p.level === 7 || /^Nơi nhận(?![\p{L}\d])/u.test(p.match) || SIGNED_NOTE.test(text)) continue
    if (p.upper && p.level === 9) {
      if (AUTHORITY.test(p.match)) authority = p
      else if (KNOWN_TITLE.test(p.match) || (!title && text.length <= 60)) title = p
      else if (title && UPPER_NAME.test(text)) return signature(doc, title, authority, p)
      continue
    }
    if ((title || authority) && NAME.test(text)) return signature(doc, title, authority, p)
    // Unmarked recipients ("UBND tỉnh;") interleaved with the signature column.
    if ((title || authority) && /[;,.]$/u.test(text) && text.length <= 100) continue
    if (title || authority) break
  }
  return title || authority ? signature(doc, title, authority, null) : null
}

/** "KT. CHỦ TỊCH" alone: the signer is a deputy; "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" on one line: the title is at its end. */
function fromAuthority(doc: Doc, p: Paragraph): Found<string | null> {
  const m = KNOWN_TITLE.exec(p.match.replace(/^(?:KT|KÝ THAY)\.?\s+/u, ''))
  if (!m) return found(null)
  const deputy = /^(?:KT|KÝ THAY)(?![\p{L}\d])/u.test(p.match) && !/^PHÓ/u.test(m[0])
  const span = trimSpan(doc, p.end - m[0].length, p.end)
  return found(deputy ? `PHÓ ${m[0]}` : m[0], [span])
}

export function readSignature(doc: Doc, bodyStart: number, recipientsIndex: number | null): Signature {
  const n = doc.paragraphs.length
  const authority = doc.paragraphs.slice(bodyStart).find((p) => AUTHORITY.test(p.match) && p.upper)
  const anchors = [authority?.index, recipientsIndex].filter((i): i is number => i !== undefined && i !== null)
  for (const anchor of anchors) {
    const signature = readFrom(doc, anchor, Math.min(n, anchor + 30))
    if (signature) return signature
  }
  const before = recipientsIndex ?? n
  const tail = readFrom(doc, Math.max(bodyStart, before - 10), before)
  return tail ?? { title: found(null), name: found(null) }
}
