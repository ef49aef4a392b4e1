// A council's result written with SQL, for the modules that go on from it — decisions and upward proposals
// (imported by *.db.test.ts only; the council module's own tests build the real session, ballots and close):
// the organization's council (created on first use), a closed session that met on `meetsOn`, one item per
// nomination with 8 of 9 members for when it passed (2 of 9 when it failed), and each nomination moved from
// to_council to that result as the account's actor.
import { randomUUID } from 'node:crypto'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { writeMove } from '../nominations/nomination-status.ts'
import { findNomination } from '../nominations/nominations.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'

async function councilOf(t: HistoryTestContext, organizationId: string): Promise<string> {
  const found = await t.db.query<{ id: string }>(`SELECT id FROM councils WHERE province_id = $1 AND organization_id = $2`, [t.tenant.provinceId, organizationId])
  if (found[0]) return found[0].id
  const organization = (await findOrganization(t.db, t.tenant.provinceId, organizationId))!
  const id = randomUUID()
  await t.db.query(`INSERT INTO councils (province_id, id, organization_id, name) VALUES ($1, $2, $3, $4)`, [
    t.tenant.provinceId, id, organizationId, `Hội đồng Thi đua – Khen thưởng ${organization.name.replace(/^Xã/, 'xã').replace(/^Tỉnh/, 'tỉnh')}`,
  ])
  return id
}

export async function recordCouncilResult(
  t: HistoryTestContext,
  organizationId: string,
  nominationIds: readonly string[],
  options: { meetsOn?: string; result?: 'passed' | 'failed'; account?: string } = {},
): Promise<void> {
  const { meetsOn = '2025-12-12', result = 'passed', account = 'officerA' } = options
  const session = randomUUID()
  await t.db.query(
    `INSERT INTO council_sessions (province_id, id, council_id, title, meets_on, status, total_members, opened_at, closed_at, created_by)
     VALUES ($1, $2, $3, $4, $5, 'closed', 9, now(), clock_timestamp(), $6)`,
    [t.tenant.provinceId, session, await councilOf(t, organizationId), `Phiên họp xét khen thưởng ngày ${meetsOn}`, meetsOn, t.tenant.accounts[account]!.id],
  )
  for (const [i, nominationId] of nominationIds.entries()) {
    await t.db.query(
      `INSERT INTO council_items (province_id, id, session_id, nomination_id, position, threshold_share, threshold_strict, threshold_label, threshold_citation, votes_for, votes_against, result)
       VALUES ($1, $2, $3, $4, $5, 0.5, true, 'Quá nửa tổng số thành viên', 'Quy chế hoạt động của Hội đồng', $6, $7, $8)`,
      [t.tenant.provinceId, randomUUID(), session, nominationId, i + 1, result === 'passed' ? 8 : 2, result === 'passed' ? 1 : 7, result],
    )
    await writeMove(t.db, t.tenant.actor(account), (await findNomination(t.db, t.tenant.provinceId, nominationId))!, result)
  }
}
