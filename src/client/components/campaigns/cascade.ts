// Counts over a plan's cascade: every unit at every level that owes an answering plan.
import type { CascadeNode } from '../../types.ts'

export interface CascadeCounts {
  total: number
  answered: number
  drafting: number
  late: number
}

export function cascadeCounts(nodes: readonly CascadeNode[]): CascadeCounts {
  const counts: CascadeCounts = { total: 0, answered: 0, drafting: 0, late: 0 }
  const visit = (node: CascadeNode) => {
    counts.total++
    if (node.status === 'answered') counts.answered++
    else if (node.status === 'draft') counts.drafting++
    else if (node.status === 'late') counts.late++
    node.children.forEach(visit)
  }
  nodes.forEach(visit)
  return counts
}

/** "12/40 đơn vị đã ban hành, 5 quá hạn" (with the units still drafting when there are any). */
export function cascadeSummaryText(counts: CascadeCounts): string {
  const parts = [`${counts.answered}/${counts.total} đơn vị đã ban hành`, `${counts.late} quá hạn`]
  if (counts.drafting > 0) parts.splice(1, 0, `${counts.drafting} đang dự thảo`)
  return parts.join(', ')
}
