import { recordAudit } from '../../audit/record-audit.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadCouncil } from './council-access.ts'
import { findMember, updateMemberRow } from './council.repository.ts'
import { memberView, type MemberView } from './council-view.ts'
import { assertNoOpenSession, fromMemberDbError } from './member-changes.ts'
import { checkMemberLinks } from './member-input.ts'
import type { UpdateMemberInput } from './council.schemas.ts'

const pick = <T>(next: T | undefined, current: T) => (next === undefined ? current : next)

export async function updateMember(ctx: UseCaseContext, id: string, input: UpdateMemberInput): Promise<MemberView> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findMember(tx, actor.provinceId, id)
    if (!current) throw notFound('thành viên Hội đồng')
    const council = await loadCouncil(tx, actor, current.councilId, 'council.manage')
    if (input.version !== current.version) throw staleVersion(`Thành viên ${current.fullName}`)
    await assertNoOpenSession(tx, actor.provinceId, council)
    const next = {
      id, fullName: pick(input.fullName, current.fullName), position: pick(input.position, current.position), role: pick(input.role, current.role),
      personId: pick(input.personId, current.personId), accountId: pick(input.accountId, current.accountId),
      leadsOrganizationId: pick(input.leadsOrganizationId, current.leadsOrganizationId), sortOrder: pick(input.sortOrder, current.sortOrder), active: pick(input.active, current.active),
    }
    await checkMemberLinks(tx, actor, next)
    const saved = await updateMemberRow(tx, actor.provinceId, next, input.version).catch((error: unknown) => {
      throw fromMemberDbError(error)
    })
    if (!saved) throw staleVersion(`Thành viên ${current.fullName}`)
    const member = (await findMember(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'council_member', entityId: id, organizationId: council.organizationId,
      summary: `Sửa thông tin thành viên ${member.fullName} của ${council.name}`, before: current, after: member,
    })
    return memberView(member)
  })
}
