// A proposal (tờ trình) or an achievement report (báo cáo thành tích) as proposed nomination drafts, one
// per person, collective or household it proposes: who (classified as a decision's awardees are), the
// title or form proposed (its catalogue code when the wording names one: "đề nghị Chủ tịch UBND xã tặng
// Giấy khen cho …"), the achievement (a report's achievements section; a proposal's "đã có thành tích …")
// and the year of the achievement. Pure: matching the subjects is the server's (imports/match-awardees.ts).
import type { CatalogueCode, SubjectKind } from '../../rules/index.ts'
import type { Awardee, ParsedFields, Span } from './types.ts'
import { cleanForm, yearWritten } from './to-awards/decision-text.ts'
import { recogniseCode } from './to-awards/catalogue-code.ts'
import { proposedSubject, type ProposedSubject } from './to-awards/subject.ts'

/** What the mapping reads of a parsed proposal or report. */
export type NominationSourceFields = Pick<ParsedFields, 'doc_type' | 'date' | 'issuer' | 'title' | 'awardees'>

export interface ProposedNomination {
  subjectKind: SubjectKind
  target: CatalogueCode | null
  /** The title or form as the document writes it, with the authority it names. */
  form: string | null
  achievement: string | null
  year: number | null
}

export interface ProposedNominationRow {
  index: number
  awardee: Awardee
  subject: ProposedSubject
  proposed: ProposedNomination
}

/** "đề nghị [Chủ tịch UBND xã] tặng Giấy khen cho …", "Đề nghị tặng Giấy khen của Chủ tịch UBND xã". */
const PROPOSAL = /đề nghị\s+(?:(.{1,120}?)\s+)?(?:xét\s+)?(?:tặng(?: thưởng)?|công nhận|khen thưởng)\s+(.+?)(?=\s+(?:cho|đối với)\s|\s*[(;:]|\.(?:\s|$)|$)/iu

interface Proposal {
  sentence: string
  form: string | null
}

function proposalIn(sentence: string | null): Proposal | null {
  if (!sentence) return null
  const m = PROPOSAL.exec(sentence)
  if (!m) return null
  const form = cleanForm(m[2] ?? null)
  // The body asked ("Chủ tịch UBND xã"), not the one asking ("Trường … kính"): it tells a Giấy khen, Bằng khen apart.
  const who = m[1] && /chủ tịch|giám đốc|thủ trưởng|hiệu trưởng|ban thường vụ|thường trực|bộ trưởng|thủ tướng|ủy ban|ubnd|hội đồng/iu.test(m[1]) ? m[1].replace(/^.*?\b(?:kính|trân trọng)\s+/iu, '').trim() : null
  return { sentence, form: form && who && /khen/iu.test(form) && !/\bcủa\b/iu.test(form) ? `${form} của ${who}` : form }
}

const paragraphs = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean)

/** The body's proposal (it names who decides), else the title's. */
function findProposal(doc: NominationSourceFields, text: string): Proposal | null {
  const body = paragraphs(text).filter((p) => !/^(?:Về việc|V\/v)\b/iu.test(p) && p !== doc.title)
  return body.map(proposalIn).find((p) => p?.form) ?? proposalIn(doc.title)
}

/** "Đã có thành tích xuất sắc trong …" as the proposal words it, without the note on the list. */
function proposalAchievement(proposal: Proposal | null): string | null {
  const m = proposal && /(?:đã\s+)?có thành tích.+/iu.exec(proposal.sentence)
  if (!m) return null
  const said = m[0].replace(/\([^)]*\)/gu, ' ').replace(/\s+như sau\s*:?.*$/iu, '').replace(/[\s.,;:]+$/u, '').replace(/\s+/g, ' ').trim()
  return said ? said.charAt(0).toUpperCase() + said.slice(1) : null
}

// A report's identity lines ("Họ tên: …  Chức vụ: …  Đơn vị: …"), possibly run together on one line.
const LABELS =
  /(Họ (?:và )?tên|Tên tập thể|Tên đơn vị|Tên hộ gia đình|Sinh ngày|Ngày,? tháng,? năm sinh|Năm sinh|Giới tính|Chức vụ(?:,? đơn vị công tác)?|Đơn vị(?: công tác)?|Quê quán|Nơi ở(?: hiện nay)?|Dân tộc|Trình độ[^:\n]{0,40}|Địa chỉ|Điện thoại|Số CCCD|CCCD|Số định danh(?: cá nhân)?)\s*:/giu

function identityFields(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of paragraphs(text)) {
    const found = [...line.matchAll(LABELS)]
    found.forEach((m, i) => {
      const end = found[i + 1]?.index ?? line.length
      const value = line.slice(m.index + m[0].length, end).replace(/^[\s.]+|[\s.;,]+$/gu, '')
      const label = m[1]!.toLocaleLowerCase('vi').replace(/[,]/g, '')
      if (value && !fields.has(label)) fields.set(label, value)
    })
  }
  return fields
}

const ACHIEVEMENTS = /^(?:[IVX]+|\d+)[.)]?\s*(?:những\s+)?(?:thành tích|kết quả)(?:\s+(?:đạt được|nổi bật|thực hiện nhiệm vụ|công tác))?/iu
const NEXT_SECTION = /^(?:[IVX]+[.)]\s|XÁC NHẬN|NGƯỜI BÁO CÁO|THỦ TRƯỞNG|Nơi nhận)/u

/** The achievements section of a report ("II. THÀNH TÍCH ĐẠT ĐƯỢC" to the next section), as written. */
export function achievementsSection(text: string): string | null {
  const lines = paragraphs(text)
  const start = lines.findIndex((line) => ACHIEVEMENTS.test(line))
  if (start < 0) return null
  const end = lines.findIndex((line, i) => i > start && NEXT_SECTION.test(line))
  const body = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim()
  return body || null
}

/** The one subject of an achievement report, as an awardee: its name, position and unit (with the birth date). */
function reportSubject(text: string, form: string | null): Awardee | null {
  const f = identityFields(text)
  const name = f.get('họ và tên') ?? f.get('họ tên') ?? f.get('tên tập thể') ?? f.get('tên đơn vị') ?? f.get('tên hộ gia đình')
  if (!name) return null
  const born = f.get('sinh ngày') ?? f.get('ngày tháng năm sinh')
  const year = f.get('năm sinh')
  const organization = [f.get('đơn vị công tác') ?? f.get('đơn vị') ?? f.get('chức vụ đơn vị công tác'), born ? `sinh ngày ${born}` : year ? `năm sinh ${year}` : null]
  const cccd = f.get('số cccd') ?? f.get('cccd') ?? f.get('số định danh cá nhân') ?? f.get('số định danh')
  return {
    name: f.has('tên hộ gia đình') && !/^(?:Hộ|Gia đình)\s/iu.test(name) ? `Hộ ${name}` : name,
    position: f.get('chức vụ') ?? null,
    organization: [...organization, cccd ? `CCCD ${cccd}` : null].filter(Boolean).join(', ') || null,
    form,
  }
}

/**
 * The proposed nominations of a tờ trình (its awardees, `itemSpans[i]` the span of awardee i's line) or of
 * a báo cáo thành tích (its one subject). Other documents propose none.
 */
export function toNominationDrafts(doc: NominationSourceFields, text: string, itemSpans: readonly Span[] = []): ProposedNominationRow[] {
  const docYear = doc.date && /^\d{4}/.test(doc.date) ? Number(doc.date.slice(0, 4)) : null
  const proposal = findProposal(doc, text)
  const listHeadings = paragraphs(text).filter((p) => /^DANH SÁCH(?![\p{L}\d])/u.test(p))
  if (doc.doc_type === 'bao_cao') {
    const achievement = achievementsSection(text)
    const awardee = reportSubject(text, proposal?.form ?? null)
    if (!awardee) return []
    const subject = proposedSubject(awardee, null)
    const year = yearWritten([proposal?.sentence ?? null, doc.title, achievement], docYear) ?? docYear
    const target = recogniseCode(proposal?.form ?? null, doc.issuer, subject.kind)
    return [{ index: 0, awardee, subject, proposed: { subjectKind: subject.kind, target, form: proposal?.form ?? null, achievement, year } }]
  }
  if (doc.doc_type !== 'to_trinh') return []
  const year = yearWritten([proposal?.sentence ?? null, doc.title, ...listHeadings], docYear) ?? docYear
  const achievement = proposalAchievement(proposal)
  return doc.awardees.map((awardee, index) => {
    const span = itemSpans[index]
    const subject = proposedSubject(awardee, span ? text.slice(span.start, span.end) : null)
    // The proposal names who decides ("… của Chủ tịch UBND xã"); a list heading does not.
    const form = proposal?.form ?? cleanForm(awardee.form)
    return { index, awardee, subject, proposed: { subjectKind: subject.kind, target: recogniseCode(form, doc.issuer, subject.kind), form, achievement, year } }
  })
}
