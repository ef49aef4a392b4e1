// The nominations a proposal may carry: each must exist in the caller's subtree, be passed by a council of
// a level in it, be for a form that level may not confer, and not be in another proposal of that level;
// all must be passed by the same level (the sender). Refused whole, naming the nomination.
import { NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { assertCan, type Actor } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { nominationLabel } from '../nominations/nomination-status.ts'
import { findNominations, type NominationWithEvaluation } from '../nominations/nominations.repository.ts'
import { beyondLevel, destinationOf } from './proposal-destination.ts'
import { findPassingCouncils, listMemberships, type PassingCouncil } from './proposals.repository.ts'

const refuse = (message: string) => new AppError('VALIDATION', message, { nominationIds: message })

export interface CheckedItems {
  nominations: NominationWithEvaluation[]
  councils: Map<string, PassingCouncil>
  /** The level whose council passed them all. */
  sender: PassingCouncil
}

/** proposalId: the draft being edited (its own items are not "in another proposal"). */
export async function checkItems(db: Db, actor: Actor, ids: readonly string[], proposalId: string | null): Promise<CheckedItems> {
  const found = new Map((await findNominations(db, actor.provinceId, ids)).map((n) => [n.id, n]))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) throw refuse(`Không tìm thấy ${missing.length} đề nghị khen thưởng trong danh sách trình.`)
  const nominations = ids.map((id) => found.get(id)!)
  for (const n of nominations) assertCan(actor, 'proposal.write', n.nominatingOrganizationPath)

  const [councils, memberships] = await Promise.all([findPassingCouncils(db, actor.provinceId, ids), listMemberships(db, actor.provinceId, ids)])
  for (const n of nominations) {
    if (n.status !== 'passed') throw refuse(`${nominationLabel(n)}: đang ở trạng thái "${NOMINATION_STATUS_LABELS[n.status]}" — chỉ trình cấp trên đề nghị đã được Hội đồng Thi đua – Khen thưởng thông qua.`)
    const council = councils.get(n.id)
    if (!council) throw refuse(`${nominationLabel(n)}: chưa có phiên họp Hội đồng Thi đua – Khen thưởng nào thông qua.`)
    assertCan(actor, 'proposal.write', council.organizationPath)
    if (!beyondLevel(n.authority, council.organizationId)) {
      throw refuse(`${nominationLabel(n)}: thuộc thẩm quyền quyết định của ${council.organizationName} (${destinationOf(n.authority).label}), không cần trình cấp trên.`)
    }
    const other = memberships.find((m) => m.nominationId === n.id && m.fromOrganizationId === council.organizationId && m.proposalId !== proposalId)
    if (other) throw refuse(`${nominationLabel(n)}: đã có trong tờ trình «${other.title}» của ${council.organizationName}.`)
  }
  const sender = councils.get(nominations[0]!.id)!
  const stranger = nominations.find((n) => councils.get(n.id)!.organizationId !== sender.organizationId)
  if (stranger) {
    throw refuse(
      `Một tờ trình gồm các đề nghị do Hội đồng của cùng một cấp thông qua: ${nominationLabel(stranger)} (${councils.get(stranger.id)!.organizationName}) ` +
        `khác ${nominationLabel(nominations[0]!)} (${sender.organizationName}).`,
    )
  }
  return { nominations, councils, sender }
}
