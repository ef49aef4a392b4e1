// The local copy of a plan being edited (localStorage, one per plan id, "moi" for a new plan):
// written on every edit, removed once the server has saved it, offered back after a reload.
import type { PlanFormValues } from './plan-form.ts'

export interface StoredDraft {
  /** When the copy was last written (ISO timestamp). */
  savedAt: string
  /** The plan version the edits started from (null for a new plan): saving sends it, so a stale copy gets a conflict, not a silent overwrite. */
  version: number | null
  values: PlanFormValues
}

const PREFIX = 'tdkt.ke-hoach.ban-nhap.'

export function readDraft(planKey: string): StoredDraft | null {
  try {
    const text = localStorage.getItem(PREFIX + planKey)
    if (!text) return null
    const draft = JSON.parse(text) as Partial<StoredDraft>
    return draft.values?.content && typeof draft.savedAt === 'string' ? (draft as StoredDraft) : null
  } catch {
    return null
  }
}

/** Returns false when the browser refuses (storage full or disabled); the edits are still in the form. */
export function writeDraft(planKey: string, draft: StoredDraft): boolean {
  try {
    localStorage.setItem(PREFIX + planKey, JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

export function removeDraft(planKey: string): void {
  try {
    localStorage.removeItem(PREFIX + planKey)
  } catch {
    // Storage disabled: nothing was kept.
  }
}
