import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadCouncil } from './council-access.ts'
import { findSession, insertSession } from './session.repository.ts'
import { freshDetail, type SessionDetail } from './session-view.ts'
import type { CreateSessionInput } from './council.schemas.ts'

/** A new session in preparation (draft): its agenda and attendance come next. */
export async function createSession(ctx: UseCaseContext, councilId: string, input: CreateSessionInput): Promise<SessionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const council = await loadCouncil(tx, actor, councilId, 'council.manage')
    const id = randomUUID()
    await insertSession(tx, actor.provinceId, { id, councilId, title: input.title, meetsOn: input.meetsOn, place: input.place ?? null, createdBy: actor.accountId })
    const session = (await findSession(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'council_session', entityId: id, organizationId: council.organizationId,
      summary: `${council.name}: lập phiên họp «${input.title}» ngày ${input.meetsOn.split('-').reverse().join('/')}`,
      after: { title: session.title, meetsOn: session.meetsOn, place: session.place },
    })
    return freshDetail({ ...ctx, db: tx }, council, id)
  })
}
