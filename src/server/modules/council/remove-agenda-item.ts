import { CATALOGUE } from '../../../rules/index.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadItem } from './council-access.ts'
import { deleteItem } from './agenda.repository.ts'
import { assertDraft, meetingLabel } from './session-rules.ts'
import { touchSession } from './session.repository.ts'
import { freshDetail, type SessionDetail } from './session-view.ts'

/** Takes an item off a session in preparation; its nomination stays "Trình Hội đồng" for another session. */
export async function removeAgendaItem(ctx: UseCaseContext, itemId: string): Promise<SessionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { item, session, council } = await loadItem(tx, actor, itemId, 'council.manage', 'update')
    assertDraft(session, 'bỏ nội dung khỏi chương trình')
    await deleteItem(tx, actor.provinceId, itemId)
    await touchSession(tx, actor.provinceId, session.id)
    await recordAudit(tx, ctx, {
      action: 'remove_item', entity: 'council_session', entityId: session.id, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: bỏ đề nghị «${item.subjectName}» — ${CATALOGUE[item.target].short} khỏi chương trình`,
      before: { itemId, nominationId: item.nominationId },
    })
    return freshDetail({ ...ctx, db: tx }, council, session.id)
  })
}
