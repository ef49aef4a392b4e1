// Moves a registration to another status inside the caller's transaction: the move must be allowed, the
// version must be the one read, and it is written with its history row (who, when, from → to, why) and its
// audit row.
import { randomUUID } from 'node:crypto'
import { REGISTRATION_STATUS_LABELS, registrationTransitionProblem, type RegistrationStatus } from '../../../shared/registrations.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { registrationLabel } from './registration-access.ts'
import { insertEvent, updateStatus, type RegistrationRecord } from './registrations.repository.ts'

export async function moveRegistration(
  tx: Db, ctx: Pick<UseCaseContext, 'actor' | 'requestId'>, r: RegistrationRecord, to: RegistrationStatus, version: number, reason: string | null = null,
): Promise<void> {
  const { actor } = ctx
  if (version !== r.version) throw staleVersion(registrationLabel(r))
  const problem = registrationTransitionProblem(r.status, to)
  if (problem) throw new AppError('CONFLICT', `${registrationLabel(r)}: ${problem}.`, { status: problem })
  const moved = await updateStatus(tx, actor.provinceId, r.id, { from: r.status, to, reason, today: todayInVietnam(), actorId: actor.accountId }, version)
  if (!moved) throw staleVersion(registrationLabel(r))
  await insertEvent(tx, actor.provinceId, {
    id: randomUUID(), registrationId: r.id, fromStatus: r.status, toStatus: to, reason, actorId: actor.accountId, actorName: `${actor.displayName} (${actor.username})`,
  })
  await recordAudit(tx, ctx, {
    action: 'transition', entity: 'registration', entityId: r.id, organizationId: r.organizationId,
    summary: `${registrationLabel(r)}: "${REGISTRATION_STATUS_LABELS[r.status]}" → "${REGISTRATION_STATUS_LABELS[to]}"${reason ? ` (${reason})` : ''}`,
    before: { status: r.status, version: r.version },
    after: { status: to, version: r.version + 1, ...(reason ? { reason } : {}) },
  })
}
