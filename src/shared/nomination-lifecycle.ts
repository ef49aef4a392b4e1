// The life of a nomination (đề nghị khen thưởng): a unit drafts it and submits it with its proposal; the
// officer returns it (with the reason) or checks it and sends it to the council; the council passes or
// fails it; the decision closes it. A form beyond the level's authority goes up in a proposal (proposed),
// where the level above may put it before its own council and decides it. Pure; shared by the server and the UI.

export const NOMINATION_STATUSES = ['draft', 'submitted', 'returned', 'checked', 'to_council', 'passed', 'failed', 'decided', 'proposed'] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình',
  returned: 'Bị trả lại',
  checked: 'Đã kiểm tra hồ sơ',
  to_council: 'Trình Hội đồng',
  passed: 'Hội đồng đã thông qua',
  failed: 'Không được thông qua',
  decided: 'Đã có quyết định',
  proposed: 'Đã trình cấp trên',
}

const NEXT: Record<NominationStatus, readonly NominationStatus[]> = {
  draft: ['submitted'],
  returned: ['submitted'],
  submitted: ['returned', 'checked', 'to_council'],
  checked: ['returned', 'to_council'],
  to_council: ['passed', 'failed'],
  passed: ['decided', 'proposed'],
  proposed: ['to_council', 'decided', 'failed'],
  failed: [],
  decided: [],
}

/** The unit may still change the nomination and its dossier (a returned one is corrected and submitted again). */
export const EDITABLE_STATUSES: readonly NominationStatus[] = ['draft', 'returned']

/** Files may still be added to the dossier: until it goes to the council. */
export const DOSSIER_OPEN_STATUSES: readonly NominationStatus[] = ['draft', 'returned', 'submitted', 'checked']

/** The statutory processing time runs from the (last) submission of the complete dossier until the decision. */
export const CLOCK_STATUSES: readonly NominationStatus[] = ['submitted', 'checked', 'to_council', 'passed']

/** Where a nomination may go from a status. */
export function nextStatuses(from: NominationStatus): readonly NominationStatus[] {
  return NEXT[from]
}

/** Why a nomination may not move from one status to another, or null when it may. */
export function transitionProblem(from: NominationStatus, to: NominationStatus): string | null {
  if (NEXT[from].includes(to)) return null
  const label = `Không thể chuyển đề nghị từ "${NOMINATION_STATUS_LABELS[from]}" sang "${NOMINATION_STATUS_LABELS[to]}"`
  if (NEXT[from].length === 0) return `${label}: đề nghị đã kết thúc.`
  if (to === 'submitted') return `${label}: chỉ trình đề nghị đang là dự thảo hoặc bị trả lại.`
  return `${label}: từ "${NOMINATION_STATUS_LABELS[from]}" chỉ chuyển sang ${NEXT[from].map((s) => `"${NOMINATION_STATUS_LABELS[s]}"`).join(', ')}.`
}
