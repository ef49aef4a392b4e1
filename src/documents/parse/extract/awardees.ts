// Khen thưởng in a decision: the people and collectives listed under "Điều 1. Tặng Giấy khen …
// cho …:" or in the attached "DANH SÁCH …": "1. Ông Nguyễn Văn A, Chủ tịch UBND xã Bình An;",
// a table row "1. Nguyễn Thị B, Giáo viên, Trường Tiểu học X", "2. Trường Tiểu học Bình Thành".

import type { Doc, Paragraph, Span } from './document.ts'
import { found, type Found } from './found.ts'
import { FORM_NOUN } from './award-forms.ts'
import { sectionBody } from './sections.ts'

export interface Awardee {
  name: string
  position: string | null
  organization: string | null
  form: string | null
}

const HONORIFIC = /^(?:Ông|Bà|Anh|Chị|Đồng chí|Đ\/c|Đc|Em)\s+/u
const PERSON = /^((?:[\p{Lu}][\p{Ll}]*)(?:\s[\p{Lu}][\p{Ll}]*){1,5})(?=\s*(?:[,;:–-]|$|\())/u
const COLLECTIVE = /^(?:Tập thể|Trường|Ủy ban|UBND|Công an|Hội|Đoàn|Ban|Phòng|Văn phòng|Chi bộ|Đảng ủy|Thôn|Xóm|Tổ|Hợp tác xã|Công ty|Trạm|Đội|Trung tâm|Bệnh viện|Nhà văn hóa|Gia đình|Hộ)\s/u
const ORGANIZATION = /\s(?=(?:UBND|Ủy ban|HĐND|Trường|Công an|Hội|Đoàn|Ban|Phòng|Văn phòng|Đảng ủy|Chi bộ|Thôn|Xóm|Tổ dân phố|Hợp tác xã|Công ty|Trạm|Trung tâm|Bệnh viện|xã|phường|thị trấn|huyện|tỉnh)(?=\s|$))/u
const GRANT = /(?:Tặng(?: thưởng)?|Công nhận|Khen thưởng)\s+(.+?)\s+(?:cho|đối với)\s/iu

function awardForm(p: Paragraph): string | null {
  const grant = GRANT.exec(p.content)
  if (grant?.[1]) return grant[1].replace(/[“”"]/g, '').trim()
  return p.level < 9 && FORM_NOUN.test(p.content) && p.content.length < 120 ? p.content.replace(/[:.;]+$/u, '').trim() : null
}

function readItem(p: Paragraph, form: string | null): Awardee | null {
  const text = p.content.replace(/[;.]+$/u, '').trim()
  const honorific = HONORIFIC.exec(text)
  const rest = text.slice(honorific?.[0].length ?? 0)
  const person = PERSON.exec(rest)
  if (person?.[1] && (honorific || /,/.test(rest))) {
    const tail = rest.slice(person[1].length).replace(/^[\s,;:–-]+/u, '').trim()
    const parts = tail.split(/\s*,\s*/).filter(Boolean)
    let position = parts[0] ?? null
    let organization = parts.length > 1 ? parts.slice(1).join(', ') : null
    if (position && !organization) {
      const cut = position.search(ORGANIZATION)
      if (cut > 0) [position, organization] = [position.slice(0, cut).trim(), position.slice(cut).trim()]
    }
    return { name: person[1], position, organization, form }
  }
  if (COLLECTIVE.test(text)) return { name: text.split(/\s*[,;:]\s*/)[0] as string, position: null, organization: null, form }
  return null
}

/** Awardees of a decision: items of "Điều 1" and of an attached "DANH SÁCH". */
export function readAwardees(doc: Doc, from: number): Found<Awardee[]> {
  const regions: Paragraph[][] = []
  const article = doc.paragraphs.slice(from).find((p) => /^Điều\s+1(?![\p{L}\d])/u.test(p.match))
  if (article) regions.push([article, ...sectionBody(doc, article.index)])
  const list = doc.paragraphs.slice(from).find((p) => p.upper && /^DANH SÁCH(?![\p{L}\d])/u.test(p.match))
  if (list) regions.push(doc.paragraphs.slice(list.index))
  const awardees: Awardee[] = []
  const spans: Span[] = []
  for (const region of regions) {
    let form: string | null = null
    for (const p of region) {
      form = awardForm(p) ?? form
      if (p.level < 2 || p.level > 7) continue
      const awardee = readItem(p, form)
      if (awardee) {
        awardees.push(awardee)
        spans.push({ start: p.contentStart, end: p.end })
      }
    }
  }
  return found(awardees, spans)
}
