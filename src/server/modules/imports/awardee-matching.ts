// Which stored subject an awardee of a decision is, among the candidates of the caller's scope:
//   individuals by the CCCD when the decision gives one, else by the folded full name and the birth date
//     when it gives one, else by the folded name and the unit written beside it — the person's own unit
//     or one above it, the most specific unit named winning ("UBND xã Bình Thành" picks the commune's
//     civil servant over the school's teacher of the same name);
//   collectives by the folded name, exactly or without "Tập thể", else one of the two names without its
//     kind word ("Xóm Đồng Tâm" is the unit "Đồng Tâm");
//   households by the head's name and the village.
// One candidate left: matched; several: ambiguous; none: unmatched, listing the same-name candidates the
// officer may choose from. Pure.
import type { ProposedSubject } from '../../../documents/parse/to-award-records.ts'
import { containsWords, nameKey } from '../../../documents/parse/to-awards/name-key.ts'

export interface Candidate {
  subjectId: string
  name: string
  birthDate: string | null
  /** A person's or household's unit, a collective's parent unit. */
  organizationName: string | null
}

export type MatchStatus = 'matched' | 'ambiguous' | 'unmatched'

export interface AwardeeMatch {
  status: MatchStatus
  subjectId?: string
  candidates: Candidate[]
}

/** A stored person or household with the units it sits in (each unit's name keys), its own unit first. */
export interface PlacedCandidate extends Candidate {
  cccd: string | null
  units: string[][]
}

/** A stored unit with the keys of its name and short name. */
export interface UnitCandidate extends Candidate {
  keys: string[]
}

const plain = ({ subjectId, name, birthDate, organizationName }: Candidate): Candidate => ({ subjectId, name, birthDate, organizationName })

function decide(found: readonly Candidate[], others: readonly Candidate[] = []): AwardeeMatch {
  if (found.length === 1) return { status: 'matched', subjectId: found[0]!.subjectId, candidates: [plain(found[0]!)] }
  if (found.length > 1) return { status: 'ambiguous', candidates: found.map(plain) }
  return { status: 'unmatched', candidates: others.map(plain) }
}

/** Above any depth: a unit whose name the text contains outranks one whose name merely contains the text. */
const WRITTEN_UNIT = 1000

/**
 * How specifically the unit written beside the name points at the candidate: the depth of the nearest of
 * its units whose name the text contains; else, weaker, of the nearest whose name contains the written unit
 * ("UBND xã" names "Ủy ban nhân dân xã Bình Thành"; one word, "xã", names nothing); 0 when it names none.
 */
function placeScore(units: readonly string[][], subject: ProposedSubject): number {
  const position = nameKey(subject.position ?? '')
  const organization = nameKey(subject.organization ?? '')
  const depth = (names: (key: string) => boolean) => {
    const nearest = units.findIndex((keys) => keys.some(names))
    return nearest < 0 ? 0 : units.length - nearest
  }
  const written = depth((unit) => containsWords(position, unit) || containsWords(organization, unit))
  if (written > 0) return WRITTEN_UNIT + written
  return organization.includes(' ') ? depth((unit) => containsWords(unit, organization)) : 0
}

/** Among same-name candidates, those the written unit points at most specifically; a unit written that names none of theirs rules them all out. */
function byPlace(named: readonly PlacedCandidate[], subject: ProposedSubject): AwardeeMatch {
  const scored = named.map((candidate) => ({ candidate, score: placeScore(candidate.units, subject) }))
  const best = Math.max(0, ...scored.map((s) => s.score))
  if (best > 0) return decide(scored.filter((s) => s.score === best).map((s) => s.candidate), named)
  return subject.organization ? decide([], named) : decide(named)
}

export function matchPerson(subject: ProposedSubject, people: readonly PlacedCandidate[]): AwardeeMatch {
  if (subject.cccd) {
    const holder = people.filter((p) => p.cccd === subject.cccd)
    if (holder.length === 1) return decide(holder)
  }
  const key = nameKey(subject.name)
  // Someone with another CCCD than the one written is someone else.
  const named = people.filter((p) => nameKey(p.name) === key && !(subject.cccd && p.cccd && p.cccd !== subject.cccd))
  if (subject.birthDate) return decide(named.filter((p) => p.birthDate?.startsWith(subject.birthDate!)), named)
  return byPlace(named, subject)
}

export function matchHousehold(subject: ProposedSubject, households: readonly PlacedCandidate[]): AwardeeMatch {
  const key = nameKey(subject.name)
  return byPlace(households.filter((h) => nameKey(h.name) === key), subject)
}

const COLLECTIVE_WORD = /^tap the /
const KIND_WORD =
  /^(?:truong|lop|xom|thon|ban|ap|lang|khu pho|to dan pho|to|chi bo|dang bo|dang uy|uy ban nhan dan|hoi dong nhan dan|hoi|chi hoi|doan|chi doan|cong doan|phong|van phong|tram|trung tam|cong ty|hop tac xa|xa|phuong|thi tran) /

/** "Xóm Đồng Tâm" → "dong tam". */
const withoutKind = (key: string) => key.replace(KIND_WORD, '')

export function matchCollective(subject: ProposedSubject, units: readonly UnitCandidate[]): AwardeeMatch {
  const key = nameKey(subject.name).replace(COLLECTIVE_WORD, '')
  const exact = units.filter((u) => u.keys.includes(key))
  if (exact.length > 0) return decide(exact)
  return decide(units.filter((u) => u.keys.some((k) => k === withoutKind(key) || withoutKind(k) === key)))
}
