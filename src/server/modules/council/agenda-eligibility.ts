// Which nominations a council may put on its agenda (law.md §4.1–4.2): those of units in its organization's
// subtree, submitted or checked or already sent to the council — or, from below, sent up to this level in a
// proposal (upward_proposals, status "sent"); that its level decides or passes on upward (the deciding
// organization is the council's organization or above it: a province council does not review a commune's
// own Giấy khen); and not already on another session that is not closed.
import { CATALOGUE } from '../../../rules/index.ts'
import { NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import type { Council } from './council.repository.ts'
import type { AgendaCandidate } from './agenda.repository.ts'

const REVIEWABLE = ['submitted', 'checked', 'to_council'] as const

const label = (c: AgendaCandidate) => `Đề nghị «${c.subjectName}» — ${CATALOGUE[c.target].short}`

/** Why the nomination may not go on the council's agenda, or null when it may. */
export function agendaProblem(c: AgendaCandidate, council: Pick<Council, 'name' | 'organizationName' | 'organizationPath'>): string | null {
  if (!c.nominatingOrganizationPath.startsWith(council.organizationPath)) {
    return `${label(c)} của ${c.nominatingOrganizationName}, không thuộc ${council.organizationName}: Hội đồng chỉ xét đề nghị của các đơn vị thuộc phạm vi mình`
  }
  if (!council.organizationPath.startsWith(c.decidingOrganizationPath)) {
    const below = c.decidingOrganizationPath.startsWith(council.organizationPath)
    return below
      ? `${label(c)} thuộc thẩm quyền quyết định của ${c.decidingOrganizationName} (cấp dưới): ${council.name} không xét thay Hội đồng cấp đó`
      : `${label(c)} thuộc thẩm quyền quyết định của ${c.decidingOrganizationName}, không phải ${council.organizationName} hay cấp trên`
  }
  if (c.status === 'proposed' && !c.sentToCouncil) {
    return `${label(c)} đã trình cấp trên nhưng không nằm trong tờ trình đã gửi đến ${council.organizationName}`
  }
  if (c.status !== 'proposed' && !(REVIEWABLE as readonly string[]).includes(c.status)) {
    return `${label(c)} đang ở trạng thái "${NOMINATION_STATUS_LABELS[c.status]}": chỉ đưa vào chương trình đề nghị đã trình, đã kiểm tra hồ sơ, đã trình Hội đồng hoặc cấp dưới đã trình lên`
  }
  if (c.onSession !== null) return `${label(c)} đã có trong chương trình phiên họp «${c.onSession}» chưa kết thúc`
  return null
}
