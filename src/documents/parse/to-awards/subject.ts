// Who an awardee is, from the way a decision writes them: a household ("Hộ ông Hoàng Văn Dũng, xóm
// Đồng Tâm"), a collective (a unit's name: "Tập thể …", "Trường …", "Xóm …", "UBND …", "Chi bộ …") or a
// person ("Ông Nguyễn Văn An, …", a Vietnamese personal name), with the birth date or CCCD when the
// decision gives one and the unit or village written beside the name. Pure.
import type { SubjectKind } from '../../../rules/index.ts'
import type { Awardee } from '../types.ts'

export interface ProposedSubject {
  kind: SubjectKind
  /** A person's full name, a collective's name as written, the head of a household's name. */
  name: string
  /** "YYYY-MM-DD", or "YYYY" when only the year of birth is written. */
  birthDate: string | null
  cccd: string | null
  position: string | null
  /** A person's unit, a household's village, as written. */
  organization: string | null
}

const HOUSEHOLD = /^(?:Hộ gia đình|Hộ|Gia đình)\s+(?:(?:ông|bà|anh|chị)\s+)?/iu
const UNIT =
  /^(?:Tập thể|Trường|Lớp|Ủy ban|UBND|HĐND|Hội|Chi hội|Đoàn|Chi đoàn|Liên đội|Công đoàn|Ban|Phòng|Văn phòng|Chi bộ|Đảng bộ|Đảng ủy|Mặt trận|Thôn|Xóm|Bản|Ấp|Tổ|Khu|Hợp tác xã|HTX|Công ty|Doanh nghiệp|Trạm|Đội|Trung tâm|Bệnh viện|Nhà văn hóa|Câu lạc bộ|CLB|Cơ quan|Bộ phận|Khối|Xã|Phường|Thị trấn|Công an|Quân sự)(?=\s|$)/u
const HONORIFIC = /^(?:Ông|Bà|Anh|Chị|Em|Đồng chí|Đ\/c)\s+/u
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,5}$/u
const LEADING_NAME = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,5}/u

const BIRTH_DATE = /(?:sinh(?: ngày)?|ngày sinh)\s*:?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu
const BIRTH_YEAR = /(?:sinh năm|năm sinh)\s*:?\s*(\d{4})/iu
const CCCD = /(?:CCCD|CMND|căn cước(?: công dân)?|số định danh(?: cá nhân)?)(?:\s*số)?\s*:?\s*(\d{12})(?!\d)/iu

function isoDate(day: string, month: string, year: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const date = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null
}

const tidy = (text: string) => text.replace(/\(\s*\)/gu, '').replace(/^[\s,;:.()–-]+|[\s,;:.()–-]+$/gu, '').replace(/\s+/g, ' ')

/** A person's position and unit without the birth date and CCCD written among them. */
function person(name: string, awardee: Awardee): ProposedSubject {
  let birthDate: string | null = null
  let cccd: string | null = null
  const written = [awardee.position, ...(awardee.organization?.split(/\s*,\s*/u) ?? [])].filter((part): part is string => Boolean(part))
  const parts = written.flatMap((part) => {
    const date = BIRTH_DATE.exec(part)
    const year = date ? null : BIRTH_YEAR.exec(part)
    const id = CCCD.exec(part)
    if (date) birthDate ??= isoDate(date[1]!, date[2]!, date[3]!)
    if (year) birthDate ??= year[1]!
    if (id) cccd ??= id[1]!
    const kept = tidy([date, year, id].reduce((rest, m) => (m ? rest.replace(m[0], ' ') : rest), part))
    return kept ? [kept] : []
  })
  if (birthDate === null && cccd === null) return { kind: 'individual', name, birthDate, cccd, position: awardee.position, organization: awardee.organization }
  return { kind: 'individual', name, birthDate, cccd, position: parts[0] ?? null, organization: parts.slice(1).join(', ') || null }
}

/** "Hộ ông Hoàng Văn Dũng, xóm Đồng Tâm" (the item as written, else the name read) → head and village. */
function household(awardee: Awardee, item: string | null): ProposedSubject {
  const written = (item ?? [awardee.name, awardee.position, awardee.organization].filter(Boolean).join(', ')).replace(/\|/gu, ',').trim().replace(HOUSEHOLD, '')
  const head = LEADING_NAME.exec(written)?.[0] ?? written.split(/[,;(]/u)[0]!
  return { kind: 'household', name: tidy(head), birthDate: null, cccd: null, position: null, organization: tidy(written.slice(head.length)) || null }
}

/** The subject an awardee names; `item` is the awardee's line as written, when known. */
export function proposedSubject(awardee: Awardee, item: string | null): ProposedSubject {
  const name = awardee.name.trim()
  if (HOUSEHOLD.test(name)) return household(awardee, item)
  const personal = name.replace(HONORIFIC, '')
  if (!UNIT.test(name) && PERSON_NAME.test(personal)) return person(personal, awardee)
  return { kind: 'collective', name, birthDate: null, cccd: null, position: awardee.position, organization: awardee.organization }
}
