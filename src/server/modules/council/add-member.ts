import { randomUUID } from 'node:crypto'
import { COUNCIL_ROLE_LABELS } from '../../../shared/council-rules.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadCouncil } from './council-access.ts'
import { findMember, insertMember } from './council.repository.ts'
import { memberView, type MemberView } from './council-view.ts'
import { assertNoOpenSession, fromMemberDbError } from './member-changes.ts'
import { checkMemberLinks } from './member-input.ts'
import type { CreateMemberInput } from './council.schemas.ts'

export async function addMember(ctx: UseCaseContext, councilId: string, input: CreateMemberInput): Promise<MemberView> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const council = await loadCouncil(tx, actor, councilId, 'council.manage')
    await assertNoOpenSession(tx, actor.provinceId, council)
    const row = {
      id: randomUUID(), councilId, fullName: input.fullName, position: input.position ?? null, role: input.role, personId: input.personId ?? null,
      accountId: input.accountId ?? null, leadsOrganizationId: input.leadsOrganizationId ?? null, sortOrder: input.sortOrder ?? 0, active: input.active ?? true,
    }
    await checkMemberLinks(tx, actor, row)
    await insertMember(tx, actor.provinceId, row).catch((error: unknown) => {
      throw fromMemberDbError(error)
    })
    const member = (await findMember(tx, actor.provinceId, row.id))!
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'council_member', entityId: row.id, organizationId: council.organizationId,
      summary: `Thêm ${member.fullName} (${COUNCIL_ROLE_LABELS[member.role]}) vào ${council.name}`, after: member,
    })
    return memberView(member)
  })
}
