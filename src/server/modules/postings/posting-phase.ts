// Where a posting (công khai) stands on a day: the public may comment from starts_on to ends_on inclusive.
export type PostingPhase = 'upcoming' | 'open' | 'closed' | 'withdrawn'

export const POSTING_PHASE_LABELS: Record<PostingPhase, string> = {
  upcoming: 'Chưa đến ngày công khai',
  open: 'Đang công khai',
  closed: 'Đã hết thời gian công khai',
  withdrawn: 'Đã thu hồi',
}

export function postingPhase(p: { startsOn: string; endsOn: string; withdrawnAt: string | null }, today: string): PostingPhase {
  if (p.withdrawnAt) return 'withdrawn'
  if (today < p.startsOn) return 'upcoming'
  return today <= p.endsOn ? 'open' : 'closed'
}
