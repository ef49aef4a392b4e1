// Pledges are signed at a launch ceremony (seed 001 §IV.2: "đồng chí Bí thư các chi bộ trực thuộc Đảng ủy ký cam
// kết"); a conference honours, it does not collect pledges.
import { AppError } from '../../http/errors.ts'
import { eventLabel } from './event-access.ts'
import type { EventRecord } from './events.repository.ts'

export function assertCeremony(event: EventRecord): void {
  if (event.kind !== 'launch_ceremony') {
    throw new AppError('VALIDATION', `${eventLabel(event)}: chỉ lễ phát động thi đua mới có ký cam kết.`, { kind: 'Loại sự kiện: chỉ lễ phát động thi đua có ký cam kết' })
  }
}
