// Whether the public posting (công khai) of a nomination allows a decision on a date — pure logic, no I/O.
// A nomination must have been posted (except ad hoc awards, khen thưởng đột xuất: simplified procedure,
// Luật TĐKT 2022 Điều 85), every posting of it must be over, and every comment (góp ý) on it — or on the
// whole posting — must be resolved.
import { vietnameseDate } from '../../../shared/campaign-plan-checks.ts'

export interface PostedNomination {
  postingId: string
  nominationId: string
}

export interface PostingPeriod {
  id: string
  startsOn: string
  endsOn: string
}

export interface OpenComment {
  postingId: string
  /** null: about the whole posting */
  nominationId: string | null
}

export interface ReadinessFacts {
  /** non-withdrawn postings only */
  postings: readonly PostingPeriod[]
  items: readonly PostedNomination[]
  /** unresolved comments of those postings */
  openComments: readonly OpenComment[]
}

/** Kinds that need no posting: ad hoc awards (đột xuất). */
const POSTING_EXEMPT_KINDS = new Set(['dot_xuat'])

export function readinessProblems(nominations: readonly { id: string; kind: string }[], facts: ReadinessFacts, onDate: string): Map<string, string[]> {
  const postingsById = new Map(facts.postings.map((p) => [p.id, p]))
  const result = new Map<string, string[]>()
  for (const nomination of nominations) {
    const problems: string[] = []
    const postings = facts.items.filter((i) => i.nominationId === nomination.id).map((i) => postingsById.get(i.postingId)).filter((p) => p !== undefined)
    if (postings.length === 0 && !POSTING_EXEMPT_KINDS.has(nomination.kind)) problems.push('chưa được công khai danh sách')
    for (const posting of [...postings].sort((a, b) => a.endsOn.localeCompare(b.endsOn))) {
      if (onDate < posting.startsOn) problems.push(`chưa công khai: bắt đầu ngày ${vietnameseDate(posting.startsOn)}, đến hết ngày ${vietnameseDate(posting.endsOn)}`)
      else if (onDate <= posting.endsOn) problems.push(`đang công khai đến hết ngày ${vietnameseDate(posting.endsOn)}`)
    }
    const postingIds = new Set(postings.map((p) => p.id))
    const open = facts.openComments.filter((c) => postingIds.has(c.postingId) && (c.nominationId === null || c.nominationId === nomination.id)).length
    if (open > 0) problems.push(`còn ${open} góp ý chưa xử lý`)
    result.set(nomination.id, problems)
  }
  return result
}
