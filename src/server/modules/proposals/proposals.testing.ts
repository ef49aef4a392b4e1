// Nominations passed by a council, for the proposal tests (imported by *.db.test.ts only): the school of
// commune A nominates, the commune's (or the province's) council passes in a closed session written with
// SQL, and the nominations move draft → submitted (with a proposal of the school) → to_council → passed
// (or proposed → to_council → passed above).
import { expect } from 'vitest'
import type { NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import type { Db } from '../../db/client.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { writeMove } from '../nominations/nomination-status.ts'
import { findNomination } from '../nominations/nominations.repository.ts'
import { openBatch } from '../nominations/open-batch.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { recordCouncilResult } from '../council/council-result.testing.ts'
import { created, MEETING, nominate, staff } from '../nominations/nominations.testing.ts'

export { created }

/** Moves a nomination through the statuses given, as the account's actor. */
export async function moveThrough(t: HistoryTestContext, nominationId: string, statuses: NominationStatus[], account = 'officerA'): Promise<void> {
  for (const to of statuses) {
    const n = (await findNomination(t.db, t.tenant.provinceId, nominationId))!
    await writeMove(t.db, t.tenant.actor(account), n, to)
  }
}

/** Submits a draft of the school with a proposal of its own (the school's TTr register), skipping the dossier checks. */
export async function submitAlone(t: HistoryTestContext, nominationId: string): Promise<void> {
  const n = (await findNomination(t.db, t.tenant.provinceId, nominationId))!
  const school = (await findOrganization(t.db, t.tenant.provinceId, n.nominatingOrganizationId))!
  const actor = t.tenant.actor('unitSchoolA')
  const batch = await openBatch(t.db, t.tenant.provinceId, school, { campaignId: null, year: n.year, submittedOn: '2025-12-05', submittedBy: actor.accountId })
  await writeMove(t.db, actor, n, 'submitted', { batchId: batch.id })
}

/** A closed session of the organization's council that passed (or failed) the nominations: see recordCouncilResult. */
export async function councilPasses(t: HistoryTestContext, organization: { id: string }, nominationIds: string[], options: { meetsOn?: string; result?: 'passed' | 'failed'; account?: string } = {}): Promise<void> {
  await recordCouncilResult(t, organization.id, nominationIds, options)
}

/** A staff member of the school nominated for a target, passed by commune A's council. */
export async function passedAtCommune(t: HistoryTestContext, name: string, target = 'BANG_KHEN_CHU_TICH_TINH', meetsOn?: string): Promise<{ id: string; subjectId: string }> {
  const person = await staff(t, name)
  const n = await created(await nominate(t, person.id, { target, reviewMeeting: MEETING, achievement: `${name} hoàn thành xuất sắc nhiệm vụ năm học 2024-2025; có sáng kiến được công nhận cấp xã.` }))
  await submitAlone(t, n.id)
  await moveThrough(t, n.id, ['to_council'])
  await councilPasses(t, t.tenant.org.communeA, [n.id], meetsOn ? { meetsOn } : {})
  return { id: n.id, subjectId: person.id }
}

export async function statusOf(db: Db, provinceId: string, nominationId: string): Promise<NominationStatus> {
  return (await findNomination(db, provinceId, nominationId))!.status
}

/** Rows per proposal-related table and the audit log, to show a refused request changed nothing. */
export async function proposalTableCounts(db: Db) {
  const rows = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM upward_proposals) AS proposals, (SELECT count(*)::int FROM upward_proposal_items) AS items,
            (SELECT count(*)::int FROM nomination_events) AS events, (SELECT count(*)::int FROM award_records) AS awards,
            (SELECT coalesce(sum(last_number), 0)::int FROM document_registers) AS numbers_taken, (SELECT count(*)::int FROM audit_log) AS audit`,
  )
  return rows[0]!
}

export function expectRefused(res: { status: number; body: { error?: { code: string; message: string; fields?: Record<string, string> } } }, status: number, message: RegExp) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.body.error!.message).toMatch(message)
}
