import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { AppError, fromDatabaseError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees, PLEDGE_ROLE_LABELS } from '../../../shared/events.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { findAttendee } from './attendees.repository.ts'
import { assertStatus, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import type { AddSignerInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'
import { assertCeremony } from './pledge-checks.ts'
import { insertSigner } from './pledges.repository.ts'

/** Puts an attendee on the pledge: a signer for their cell or unit (a unit of the caller's scope, or a name), or a witness. */
export async function addPledgeSigner(ctx: UseCaseContext, id: string, input: AddSignerInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertCeremony(event)
    assertStatus(event, canChangeAttendees, 'sửa danh sách ký cam kết')
    const attendee = await findAttendee(tx, actor.provinceId, id, input.attendeeId)
    if (!attendee) throw new AppError('VALIDATION', 'Đại biểu ký: không có trong danh sách đại biểu của buổi lễ.', { attendeeId: 'Đại biểu ký phải có trong danh sách đại biểu' })
    const organization = input.organizationId ? await findOrganization(tx, actor.provinceId, input.organizationId) : undefined
    if (input.organizationId && !organization) throw notFound('đơn vị ký cam kết')
    if (organization) assertCan(actor, 'event.write', organization.path)
    const unitName = input.unitName ?? organization?.name ?? attendee.unitName
    if (!unitName) throw new AppError('VALIDATION', 'Đơn vị ký cam kết: chọn hoặc nhập đơn vị mà đại biểu ký thay mặt.', { unitName: 'Đơn vị ký cam kết là bắt buộc' })
    const signer = { id: randomUUID(), attendeeId: attendee.id, role: input.role, organizationId: organization?.id ?? null, unitName }
    await insertSigner(tx, actor.provinceId, id, signer).catch((error: unknown) => {
      throw fromDatabaseError(error, { event_pledge_signers_once: { field: 'attendeeId', message: `${attendee.fullName} đã có trong danh sách ký cam kết` } })
    })
    await auditEvent(tx, ctx, event, {
      action: 'add_pledge_signer', summary: `${attendee.fullName} — ${PLEDGE_ROLE_LABELS[input.role].toLowerCase()} (${unitName}) tại ${eventPhrase(event)}`, after: signer,
    })
    return reloadEvent(ctx, tx, id)
  })
}
