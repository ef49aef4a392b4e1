// Nominations the council passed, ready to be posted, for the posting tests (imported by *.db.test.ts only).
import { addDays } from '../../../shared/working-days.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { writeMove } from '../nominations/nomination-status.ts'
import { findNomination } from '../nominations/nominations.repository.ts'
import { created, MEETING, nominate, staff, submit } from '../nominations/nominations.testing.ts'

/** Nominations of the primary school of commune A, submitted with their review meeting, then moved as far as `to`. */
export async function nominationsAt(t: HistoryTestContext, names: readonly string[], to: 'submitted' | 'passed' = 'passed', kind?: string): Promise<{ id: string }[]> {
  const drafts = []
  for (const name of names) {
    const person = await staff(t, name)
    drafts.push(await created(await nominate(t, person.id, { reviewMeeting: MEETING, ...(kind ? { kind } : {}) })))
  }
  await created(await submit(await t.as('unitSchoolA'), drafts))
  if (to === 'passed') {
    const actor = t.tenant.actor('officerA')
    for (const draft of drafts) {
      for (const status of ['to_council', 'passed'] as const) {
        await writeMove(t.db, actor, (await findNomination(t.db, t.tenant.provinceId, draft.id))!, status)
      }
    }
  }
  return drafts.map((d: { id: string }) => ({ id: d.id }))
}

/** A day relative to today in Vietnam: 'YYYY-MM-DD'. */
export const dayFromToday = (days: number) => addDays(todayInVietnam(), days)
