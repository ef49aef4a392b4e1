// Moves a report to another status inside the caller's transaction: the move must be allowed, the version
// must be the one read, and it is written with its history row (who, when, from → to, why) and its audit row.
import { randomUUID } from 'node:crypto'
import { REPORT_STATUS_LABELS, reportTransitionProblem, type ReportStatus } from '../../../shared/reports.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { reportLabel } from './report-access.ts'
import { insertEvent, updateStatus, type ReportRecord } from './reports.repository.ts'

export async function moveReport(
  tx: Db, ctx: Pick<UseCaseContext, 'actor' | 'requestId'>, r: ReportRecord, to: ReportStatus, version: number, reason: string | null = null,
): Promise<void> {
  const { actor } = ctx
  if (version !== r.version) throw staleVersion(reportLabel(r))
  const problem = reportTransitionProblem(r.status, to)
  if (problem) throw new AppError('CONFLICT', `${reportLabel(r)}: ${problem}.`, { status: problem })
  const moved = await updateStatus(tx, actor.provinceId, r.id, { from: r.status, to, reason, today: todayInVietnam(), actorId: actor.accountId }, version)
  if (!moved) throw staleVersion(reportLabel(r))
  await insertEvent(tx, actor.provinceId, {
    id: randomUUID(), reportId: r.id, fromStatus: r.status, toStatus: to, reason, actorId: actor.accountId, actorName: `${actor.displayName} (${actor.username})`,
  })
  await recordAudit(tx, ctx, {
    action: 'transition', entity: 'progress_report', entityId: r.id, organizationId: r.organizationId,
    summary: `${reportLabel(r)}: "${REPORT_STATUS_LABELS[r.status]}" → "${REPORT_STATUS_LABELS[to]}"${reason ? ` (${reason})` : ''}`,
    before: { status: r.status, version: r.version },
    after: { status: to, version: r.version + 1, ...(reason ? { reason } : {}) },
  })
}
