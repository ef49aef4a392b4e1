// The level above answers a submitted registration: approves it, or returns it with the reason.
import { forbidden } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { loadRegistration, registrationLabel } from './registration-access.ts'
import { moveRegistration } from './registration-status.ts'
import { findRegistration } from './registrations.repository.ts'
import { registrationDetail, type RegistrationDetail } from './registration-view.ts'

export async function reviewRegistration(
  ctx: UseCaseContext, id: string, input: { version: number; outcome: 'approved' | 'returned'; reason?: string | null },
): Promise<RegistrationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadRegistration(tx, actor, id, 'registration.approve')
    if (current.organizationPath === actor.organizationPath) {
      throw forbidden('Không thể tự duyệt hoặc trả lại bản đăng ký thi đua của chính cấp mình: cấp trên duyệt.')
    }
    await moveRegistration(tx, ctx, current, input.outcome, input.version, input.outcome === 'returned' ? (input.reason ?? null) : null)
    await notifyOrganization(tx, actor.provinceId, current.organizationId, { kind: `registration.${input.outcome}`, title: `${registrationLabel(current)} ${input.outcome === 'approved' ? 'đã được cấp trên duyệt' : 'bị cấp trên trả lại'}`, body: input.outcome === 'returned' ? `Lý do: ${input.reason}` : undefined, link: `/dang-ky-thi-dua/${id}` })
    return registrationDetail(tx, actor, (await findRegistration(tx, actor.provinceId, id))!)
  })
}
