// Moves a nomination to another status inside the caller's transaction: the move must be allowed
// (nomination-lifecycle.ts), the version must be the one read, and the move is written with its history
// row (who, when, from → to, why) and its audit row. The council and the decisions move nominations here too.
import { randomUUID } from 'node:crypto'
import { CATALOGUE } from '../../../rules/index.ts'
import { NOMINATION_STATUS_LABELS, transitionProblem, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { Actor } from '../../auth/policy.ts'
import { insertEvent, updateStatus, type NominationRecord } from './nominations.repository.ts'

/** "Đề nghị «Nguyễn Văn An» — LĐTT" */
export const nominationLabel = (n: Pick<NominationRecord, 'subjectName' | 'target'>) => `Đề nghị «${n.subjectName}» — ${CATALOGUE[n.target].short}`

export interface MoveOptions {
  reason?: string | null
  /** The proposal a submission goes with (it also starts the processing time today). */
  batchId?: string
  /** The audit action; default "transition". */
  action?: string
}

type Moving = Pick<NominationRecord, 'id' | 'status' | 'version' | 'subjectName' | 'target' | 'nominatingOrganizationId'>

/** The move and its history row, without the audit row (the demo seeding writes through it). */
export async function writeMove(tx: Db, actor: Actor, n: Moving, to: NominationStatus, options: MoveOptions = {}): Promise<void> {
  const problem = transitionProblem(n.status, to)
  if (problem) throw new AppError('VALIDATION', `${nominationLabel(n)}: ${problem}`, { status: problem })
  const today = todayInVietnam()
  const moved = await updateStatus(
    tx,
    actor.provinceId,
    n.id,
    {
      from: n.status,
      to,
      ...(options.batchId ? { submission: { batchId: options.batchId, submittedOn: today } } : {}),
      ...(to === 'decided' || to === 'failed' ? { closedOn: today } : {}),
    },
    n.version,
  )
  if (!moved) throw staleVersion(nominationLabel(n))
  await insertEvent(tx, actor.provinceId, {
    id: randomUUID(), nominationId: n.id, fromStatus: n.status, toStatus: to, reason: options.reason ?? null, batchId: options.batchId ?? null,
    actorId: actor.accountId, actorName: `${actor.displayName} (${actor.username})`,
  })
}

export async function moveNomination(tx: Db, ctx: Pick<UseCaseContext, 'actor' | 'requestId'>, n: Moving, to: NominationStatus, options: MoveOptions = {}): Promise<void> {
  await writeMove(tx, ctx.actor, n, to, options)
  const reason = options.reason ?? null
  await recordAudit(tx, ctx, {
    action: options.action ?? 'transition', entity: 'nomination', entityId: n.id, organizationId: n.nominatingOrganizationId,
    summary: `${nominationLabel(n)}: "${NOMINATION_STATUS_LABELS[n.status]}" → "${NOMINATION_STATUS_LABELS[to]}"${reason ? ` (${reason})` : ''}`,
    before: { status: n.status, version: n.version },
    after: { status: to, version: n.version + 1, ...(reason ? { reason } : {}), ...(options.batchId ? { batchId: options.batchId } : {}) },
  })
}
