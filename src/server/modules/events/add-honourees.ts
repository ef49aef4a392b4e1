import { randomUUID } from 'node:crypto'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees } from '../../../shared/events.ts'
import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { assertGroup, assertRoom } from './attendee-checks.ts'
import { insertAttendee, invitedPeople, listAttendees } from './attendees.repository.ts'
import { assertStatus, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import type { EventRecord } from './events.repository.ts'
import type { AddHonoureesInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'
import { honouredNominations, insertHonouree } from './honourees.repository.ts'
import { honoureeSource } from './honouree-sources.ts'

function assertConference(event: EventRecord): void {
  if (event.kind !== 'honouring_conference') {
    throw new AppError('VALIDATION', `${eventLabel(event)}: chỉ hội nghị tuyên dương mới có danh sách tuyên dương, khen thưởng.`, { kind: 'Loại sự kiện: chỉ hội nghị tuyên dương có danh sách tuyên dương' })
  }
}

/**
 * Takes honourees from lines of an issued award decision (002 §II.3 "Biểu dương, tôn vinh, khen thưởng các điển
 * hình tiên tiến"): each is invited as an attendee with the role "được tuyên dương" — an individual already on the
 * list keeps their place — within the delegate cap; beyond it nothing is written.
 */
export async function addHonourees(ctx: UseCaseContext, id: string, input: AddHonoureesInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertConference(event)
    assertStatus(event, canChangeAttendees, 'thêm người được tuyên dương')
    const source = await honoureeSource(tx, actor.provinceId, event, input.decisionId)
    if (!source) throw notFound('quyết định khen thưởng đã ban hành của đơn vị')
    const lines = input.nominationIds.map((nominationId) => source.lines.find((l) => l.nominationId === nominationId))
    const missing = lines.findIndex((l) => l === undefined)
    if (missing >= 0) throw new AppError('VALIDATION', `Các dòng của quyết định: dòng thứ ${missing + 1} đã chọn không có trong ${source.decision.reference}.`, { nominationIds: 'Dòng không thuộc quyết định' })
    const honoured = await honouredNominations(tx, actor.provinceId, id)
    const again = lines.filter((l) => honoured.has(l!.nominationId)).map((l) => l!.subject.name)
    if (again.length > 0) {
      const message = `đã có trong danh sách tuyên dương: ${again.join(', ')}`
      throw new AppError('DUPLICATE', `Các dòng của quyết định: ${message}.`, { nominationIds: message })
    }
    await assertGroup(tx, actor.provinceId, event, input.groupId)
    const people = lines.filter((l) => l!.subject.kind === 'individual').map((l) => l!.subject.id)
    const present = await invitedPeople(tx, actor.provinceId, id, people)
    const attendees = await listAttendees(tx, actor.provinceId, id)
    const newcomers = lines.filter((l) => !(l!.subject.kind === 'individual' && present.has(l!.subject.id)))
    assertRoom(event, newcomers.length)
    for (const line of lines.map((l) => l!)) {
      const individual = line.subject.kind === 'individual'
      let attendeeId = individual ? attendees.find((a) => a.personId === line.subject.id)?.id : undefined
      if (!attendeeId) {
        attendeeId = randomUUID()
        await insertAttendee(tx, actor.provinceId, id, {
          id: attendeeId, groupId: input.groupId ?? null, personId: individual ? line.subject.id : null, fullName: line.subject.name, position: null,
          unitName: line.subject.positionAndUnit || null, role: 'honouree', seat: null, sortKey: vietnameseNameSortKey(line.subject.name), invited: event.status !== 'draft',
        })
      }
      await insertHonouree(tx, actor.provinceId, id, {
        id: randomUUID(), decisionId: source.decision.id, nominationId: line.nominationId, attendeeId, subjectKind: line.subject.kind, subjectName: line.subject.name,
        positionAndUnit: line.subject.positionAndUnit, award: line.award, decisionReference: source.decision.reference,
      })
    }
    await auditEvent(tx, ctx, event, {
      action: 'add_honourees', summary: `Tuyên dương tại ${eventPhrase(event)} ${lines.length} trường hợp theo ${source.decision.reference}`,
      after: { decisionId: source.decision.id, honourees: lines.map((l) => ({ nominationId: l!.nominationId, name: l!.subject.name, award: l!.award })) },
    })
    return reloadEvent(ctx, tx, id)
  })
}
