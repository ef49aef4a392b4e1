import { randomUUID } from 'node:crypto'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees } from '../../../shared/events.ts'
import { assertStatus, assertVersion, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { bumpVersion, listGroups, replaceGroups } from './events.repository.ts'
import type { GroupsInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'

/**
 * Saves the delegate structure (cơ cấu thành phần đại biểu, seed 002 §II.2) as a whole, in order: groups kept by
 * id, new ones added; the attendees of a removed group stay on the list without a group.
 */
export async function saveGroups(ctx: UseCaseContext, id: string, input: GroupsInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertVersion(event, input.version)
    assertStatus(event, canChangeAttendees, 'sửa cơ cấu thành phần đại biểu')
    const before = await listGroups(tx, actor.provinceId, id)
    const known = new Set(before.map((g) => g.id))
    const unknown = input.groups.findIndex((g) => g.id !== undefined && !known.has(g.id))
    if (unknown >= 0) {
      const message = 'thành phần này không thuộc sự kiện (đã bị xóa?); hãy tải lại'
      throw new AppError('VALIDATION', `Cơ cấu thành phần đại biểu, dòng ${unknown + 1}: ${message}.`, { [`groups.${unknown}.id`]: message })
    }
    const groups = input.groups.map((g) => ({ id: g.id ?? randomUUID(), name: g.name, plannedCount: g.plannedCount ?? null }))
    const planned = groups.reduce((s, g) => s + (g.plannedCount ?? 0), 0)
    if (event.delegateCap !== null && planned > event.delegateCap) {
      const message = `Tổng số đại biểu dự kiến của các thành phần (${planned}) vượt số đại biểu tối đa (${event.delegateCap})`
      throw new AppError('VALIDATION', `${message}.`, { groups: message })
    }
    if (!(await bumpVersion(tx, actor.provinceId, id, input.version))) throw staleVersion(eventLabel(event))
    await replaceGroups(tx, actor.provinceId, id, groups)
    await auditEvent(tx, ctx, event, {
      action: 'update_groups', summary: `Sửa cơ cấu thành phần đại biểu ${eventPhrase(event)}`,
      before: before.map((g) => ({ name: g.name, plannedCount: g.plannedCount })), after: groups.map((g) => ({ name: g.name, plannedCount: g.plannedCount })),
    })
    return reloadEvent(ctx, tx, id)
  })
}
