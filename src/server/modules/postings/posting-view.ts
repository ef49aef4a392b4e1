// What the officer sees of a posting (công khai): the period and where it stands, the counts, the items with
// their open comments, and every comment with its resolution.
import { CATALOGUE } from '../../../rules/index.ts'
import { NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { Db } from '../../db/client.ts'
import { postingPhase, POSTING_PHASE_LABELS, type PostingPhase } from './posting-phase.ts'
import { findComments, findPostingItems, type CommentRecord, type PostingRecord } from './postings.repository.ts'
import { subjectLine } from './subject-line.ts'

export type PostingSummary = Omit<PostingRecord, 'organizationPath'> & { phase: PostingPhase; phaseLabel: string; publicPath: string }

export interface PostingItemView {
  position: number
  nominationId: string
  subjectKind: string
  subjectName: string
  description: string
  target: string
  targetName: string
  targetShort: string
  status: string
  statusLabel: string
  nominatingOrganizationName: string
  achievement: string
  unresolvedCount: number
}

export interface PostingDetail extends PostingSummary {
  publicUrl: string
  items: PostingItemView[]
  comments: (CommentRecord & { nominationName: string | null })[]
}

export function toPostingSummary(p: PostingRecord, today = todayInVietnam()): PostingSummary {
  const { organizationPath: _path, ...rest } = p
  const phase = postingPhase(p, today)
  return { ...rest, phase, phaseLabel: POSTING_PHASE_LABELS[phase], publicPath: `/cong-khai/${p.id}` }
}

export async function postingDetail(db: Db, provinceId: string, p: PostingRecord, publicBaseUrl: string): Promise<PostingDetail> {
  const [items, comments] = await Promise.all([findPostingItems(db, provinceId, p.id), findComments(db, provinceId, p.id)])
  const summary = toPostingSummary(p)
  const names = new Map(items.map((i) => [i.nominationId, i.subjectName]))
  return {
    ...summary,
    publicUrl: `${publicBaseUrl}${summary.publicPath}`,
    items: items.map((i) => ({
      position: i.position, nominationId: i.nominationId, subjectKind: i.subjectKind, subjectName: i.subjectName, description: subjectLine(i),
      target: i.target, targetName: CATALOGUE[i.target].name, targetShort: CATALOGUE[i.target].short,
      status: i.status, statusLabel: NOMINATION_STATUS_LABELS[i.status], nominatingOrganizationName: i.nominatingOrganizationName,
      achievement: i.achievement, unresolvedCount: i.unresolvedCount,
    })),
    comments: comments.map((c) => ({ ...c, nominationName: c.nominationId ? (names.get(c.nominationId) ?? null) : null })),
  }
}
