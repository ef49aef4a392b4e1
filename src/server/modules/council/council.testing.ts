// A council of commune A with seated members who each vote with their own account, and nominations
// submitted by the primary school ready for its agenda, for the council tests (imported by *.db.test.ts only).
import { randomUUID } from 'node:crypto'
import { hashPassword } from '../../auth/password.ts'
import { ApiClient } from '../../testing/api-client.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { created, MEETING, nominate, PDF_BYTES, staff, submit } from '../nominations/nominations.testing.ts'

export interface Seat {
  memberId: string
  accountId: string
  fullName: string
  client: () => Promise<ApiClient>
}

let passwordHash: Promise<string> | undefined

/** A council_member account of commune A (inserted directly: the accounts API is not under test here). */
async function memberAccount(t: HistoryTestContext, name: string): Promise<{ id: string; username: string }> {
  passwordHash ??= hashPassword(TEST_PASSWORD)
  const id = randomUUID()
  const username = `hd.${randomUUID().slice(0, 8)}`
  await t.db.query(
    `INSERT INTO accounts (province_id, id, username, password_hash, display_name, role, organization_id) VALUES ($1, $2, $3, $4, $5, 'council_member', $6)`,
    [t.tenant.provinceId, id, username, await passwordHash, name, t.tenant.org.communeA.id],
  )
  return { id, username }
}

/** The council of commune A, set up by its officer. */
export async function communeCouncil(t: HistoryTestContext, fields: Record<string, unknown> = {}) {
  return created(await (await t.as('officerA')).post('/api/councils', { organizationId: t.tenant.org.communeA.id, name: 'Hội đồng Thi đua – Khen thưởng xã Bình Thành', ...fields }))
}

const NAMES = ['Ma Văn Hùng', 'Lục Thị Hoa', 'Hoàng Văn Tâm', 'Nông Thị Thu', 'Đinh Văn Lâm', 'Triệu Thị Mai', 'Dương Văn Khánh', 'La Thị Nga', 'Lưu Văn Sơn', 'Hà Thị Yến', 'Mông Văn Tuấn', 'Vi Thị Hạnh']

/** Seats count members (the first is the chair, the second the secretary), each with an account of their own. */
export async function seatMembers(t: HistoryTestContext, councilId: string, count: number): Promise<Seat[]> {
  const officer = await t.as('officerA')
  const seats: Seat[] = []
  for (let i = 0; i < count; i++) {
    const fullName = NAMES[i]!
    const account = await memberAccount(t, fullName)
    const role = i === 0 ? 'chair' : i === 1 ? 'secretary' : i === 2 ? 'vice_chair' : 'member'
    const member = await created(await officer.post(`/api/councils/${councilId}/members`, { fullName, role, position: `Chức vụ ${i + 1}`, accountId: account.id, sortOrder: i }))
    let client: ApiClient | undefined
    seats.push({ memberId: member.id, accountId: account.id, fullName, client: async () => (client ??= await ApiClient.signIn(t.app, account.username)) })
  }
  return seats
}

/** A nomination of the primary school for a new staff member, submitted with a complete dossier (status "submitted"). */
export async function submittedNomination(t: HistoryTestContext, name: string, target = 'LDTT', extra: Record<string, unknown> = {}): Promise<{ id: string; subjectId: string }> {
  const person = await staff(t, name, target === 'CSTDCS' ? { ratings: { 2024: 'HTXSNV', 2025: 'HTXSNV' } } : {})
  const unit = await t.as('unitSchoolA')
  const draft = await created(await nominate(t, person.id, { target, reviewMeeting: MEETING, ...extra }))
  if (target === 'CSTDCS') await created(await unit.upload(`/api/nominations/${draft.id}/documents?part=xac-nhan`, 'xac-nhan.pdf', PDF_BYTES, 'application/pdf'))
  const version = (await unit.get(`/api/nominations/${draft.id}`)).body.version
  await created(await submit(unit, [{ id: draft.id, version }]))
  return { id: draft.id, subjectId: person.id }
}

/** Marks everyone in `present` present and every other seat absent. */
export async function markAttendance(t: HistoryTestContext, sessionId: string, seats: readonly Seat[], present: readonly Seat[]) {
  const officer = await t.as('officerA')
  let detail
  for (const seat of seats) detail = await created(await officer.put(`/api/council-sessions/${sessionId}/attendance/${seat.memberId}`, { present: present.includes(seat) }), 200)
  return detail
}

/** Each seat votes `choice` on the item. */
export async function vote(seats: readonly Seat[], itemId: string, choice: 'for' | 'against' | 'abstain') {
  for (const seat of seats) await created(await (await seat.client()).post(`/api/council-items/${itemId}/ballot`, { choice }), 200)
}
