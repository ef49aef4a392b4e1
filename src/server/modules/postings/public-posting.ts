// The posted list as the public sees it (no account): who issues it, the period, whether comments are open,
// and each line — name, position and unit or address, the title or form proposed, the achievement.
// No CCCD, no birth date, no internal id but the nomination's (a comment may point at it).
import { CATALOGUE } from '../../../rules/index.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { Db } from '../../db/client.ts'
import { notFound } from '../../http/errors.ts'
import { postingPhase, POSTING_PHASE_LABELS, type PostingPhase } from './posting-phase.ts'
import { findPostingById, findPostingItems, type PostingRecord } from './postings.repository.ts'
import { subjectLine } from './subject-line.ts'

export interface PublicPosting {
  id: string
  title: string
  organizationName: string
  startsOn: string
  endsOn: string
  today: string
  phase: PostingPhase
  phaseLabel: string
  commentsOpen: boolean
  items: { position: number; nominationId: string; subjectKind: string; name: string; description: string; targetName: string; achievement: string }[]
}

/** A posting that exists and was not withdrawn, with its province; otherwise the public gets a 404. */
export async function loadPublicPosting(db: Db, id: string): Promise<PostingRecord & { provinceId: string }> {
  const posting = await findPostingById(db, id)
  if (!posting || posting.withdrawnAt) throw notFound('danh sách công khai này (có thể đã được thu hồi)')
  return posting
}

export async function getPublicPosting(db: Db, id: string, today = todayInVietnam()): Promise<PublicPosting> {
  const posting = await loadPublicPosting(db, id)
  const items = await findPostingItems(db, posting.provinceId, id)
  const phase = postingPhase(posting, today)
  return {
    id, title: posting.title, organizationName: posting.organizationName, startsOn: posting.startsOn, endsOn: posting.endsOn, today,
    phase, phaseLabel: POSTING_PHASE_LABELS[phase], commentsOpen: phase === 'open',
    items: items.map((i) => ({
      position: i.position, nominationId: i.nominationId, subjectKind: i.subjectKind, name: i.subjectName, description: subjectLine(i),
      targetName: CATALOGUE[i.target].name, achievement: i.achievement,
    })),
  }
}
