// The proposal a request points at and the caller's side of it: the sender (its level lies in the caller's
// subtree) or the receiver (the level it was sent to does, once sent). Anyone else may not see it.
import { assertCan, inScope, type Actor, type Permission } from '../../auth/policy.ts'
import { AppError, forbidden, notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findProposal, type ProposalRecord } from './proposals.repository.ts'

export interface Sides {
  sender: boolean
  receiver: boolean
}

export function sidesOf(actor: Actor, p: ProposalRecord): Sides {
  return {
    sender: inScope(actor, p.fromOrganizationPath),
    receiver: p.status !== 'draft' && p.toOrganizationPath !== null && inScope(actor, p.toOrganizationPath),
  }
}

export async function loadProposal(db: Db, actor: Actor, id: string, permission: Permission): Promise<{ proposal: ProposalRecord; sides: Sides }> {
  assertCan(actor, permission)
  const proposal = await findProposal(db, actor.provinceId, id)
  if (!proposal) throw notFound('tờ trình đề nghị cấp trên khen thưởng')
  const sides = sidesOf(actor, proposal)
  if (!sides.sender && !sides.receiver) throw forbidden('Tờ trình này không do đơn vị trong phạm vi quản lý của bạn gửi hoặc nhận.')
  return { proposal, sides }
}

/** A draft of the caller's own level, to change, send or export. */
export async function loadOwnDraft(db: Db, actor: Actor, id: string): Promise<ProposalRecord> {
  const { proposal, sides } = await loadProposal(db, actor, id, 'proposal.write')
  if (!sides.sender) throw forbidden('Chỉ cấp trình mới sửa, gửi hoặc xuất tờ trình.')
  if (proposal.status !== 'draft') throw new AppError('CONFLICT', `Tờ trình «${proposal.title}» đã gửi hoặc đã xuất, không sửa được nữa.`)
  return proposal
}
