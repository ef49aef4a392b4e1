// Tổ chức thực hiện: who is assigned what. Each numbered item of that section names a unit, as a
// heading ("2. Sở Nội vụ"), before a colon ("3. Công chức Văn hóa - Xã hội: Tuyên truyền …") or
// before its first verb ("4. Tuyên giáo Đảng ủy phối hợp với …"); "Đề nghị"/"Giao" is dropped.

import type { Doc, Paragraph } from './document.ts'
import { foundList, type Found } from './found.ts'
import { findHeadings, sectionItems, textOf, trimSpan } from './sections.ts'

const SECTION = /^(?:tổ chức thực hiện|trách nhiệm thực hiện|phân công (?:nhiệm vụ|thực hiện|trách nhiệm)|trách nhiệm của các cơ quan)/iu
const LEAD = /^(?:Đề nghị|Giao|Yêu cầu)\s+/u
const VERB =
  /\s(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|tham mưu|căn cứ|cử|triển khai|chỉ đạo|xây dựng|hướng dẫn|thực hiện|theo dõi|tuyên truyền|tổ chức|đôn đốc|kiểm tra|bố trí|phát động|tăng cường|rà soát|tiếp tục|quán triệt|lập|làm|báo cáo|giúp|nghiên cứu|ban hành|vận động|đảm bảo|bảo đảm|chủ động|thẩm định|tổng hợp|cung cấp|đề xuất)(?=\s|[,.;:]|$)/u

function assignee(doc: Doc, p: Paragraph): { value: string; span: { start: number; end: number } } | null {
  const content = p.contentMatch
  const lead = LEAD.exec(content)?.[0].length ?? 0
  const rest = content.slice(lead)
  // "Đơn vị: nhiệm vụ" — the colon wins over a verb-looking noun ("các tổ chức chính trị - xã hội: …").
  const colon = rest.search(/:/u)
  const cuts = [rest.search(/\s\(/u), rest.search(VERB)].filter((i) => i > 0)
  const end = colon > 0 ? colon : cuts.length ? Math.min(...cuts) : rest.length
  const span = trimSpan(doc, p.contentStart + lead, p.contentStart + lead + end)
  const value = textOf(doc, span)
  return value.length >= 2 && value.length <= 160 ? { value, span } : null
}

export function readAssignments(doc: Doc, from: number, to: number): Found<string[]> {
  const items: { value: string; span: { start: number; end: number } }[] = []
  for (const head of findHeadings(doc, SECTION, from, to)) {
    const numbered = sectionItems(doc, head.index, { withDashes: false })
    for (const p of numbered.length ? numbered : sectionItems(doc, head.index)) {
      const found = assignee(doc, p)
      if (found) items.push(found)
    }
  }
  return foundList(items)
}
