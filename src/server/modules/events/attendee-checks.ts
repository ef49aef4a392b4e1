// The limits of an event's list, checked with the event's row locked (lockEvent) so that two officers adding at
// once cannot pass them together: the delegate cap ("không quá 150 đại biểu", seed 002 §II.2), the chairs' limit
// ("chủ trì … 03 người", 002 §II.4) — both the officer's values on the event — and that a group is the event's.
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { capProblem, chairProblem } from '../../../shared/events.ts'
import { countByRole } from './attendees.repository.ts'
import { eventLabel } from './event-access.ts'
import { listGroups, type EventRecord } from './events.repository.ts'

export function assertRoom(event: EventRecord, adding: number): void {
  const problem = capProblem(event.delegateCap, event.attendeeCount, adding)
  if (problem) throw new AppError('VALIDATION', `${eventLabel(event)}: ${problem}; chưa thêm ai vào danh sách.`, { delegateCap: problem })
}

/** chairsAfter: how many chairs the list would have, from how many it has now. */
export async function assertChairRoom(tx: Db, provinceId: string, event: EventRecord, chairsAfter: (current: number) => number): Promise<void> {
  const problem = chairProblem(event.chairLimit, chairsAfter(await countByRole(tx, provinceId, event.id, 'chair')))
  if (problem) throw new AppError('VALIDATION', `${eventLabel(event)}: ${problem}.`, { role: `Vai trò: ${problem}` })
}

export async function assertGroup(tx: Db, provinceId: string, event: EventRecord, groupId: string | null | undefined): Promise<void> {
  if (!groupId) return
  if (!(await listGroups(tx, provinceId, event.id)).some((g) => g.id === groupId)) {
    throw new AppError('VALIDATION', 'Thành phần: không thuộc cơ cấu đại biểu của sự kiện (đã bị xóa?); hãy tải lại.', { groupId: 'Thành phần không thuộc sự kiện' })
  }
}
