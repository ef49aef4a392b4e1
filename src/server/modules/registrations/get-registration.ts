import type { UseCaseContext } from '../../http/route.ts'
import { loadRegistration } from './registration-access.ts'
import { registrationDetail, type RegistrationDetail } from './registration-view.ts'

export async function getRegistration(ctx: UseCaseContext, id: string): Promise<RegistrationDetail> {
  return registrationDetail(ctx.db, ctx.actor, await loadRegistration(ctx.db, ctx.actor, id, 'registration.read'))
}
