// Checks a member's links before they are saved: the account the member votes with must exist, lie in the
// caller's subtree and have a role that may vote; the person and the unit the member heads must exist in it.
import { can, inScope, ROLE_LABELS, type Actor } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findAccount } from '../accounts/accounts.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { findPerson } from '../people/people.repository.ts'

export interface MemberLinks {
  personId: string | null
  accountId: string | null
  leadsOrganizationId: string | null
}

const refuse = (field: string, message: string) => new AppError('VALIDATION', `${message}.`, { [field]: message })

export async function checkMemberLinks(db: Db, actor: Actor, links: MemberLinks): Promise<void> {
  if (links.accountId) {
    const account = await findAccount(db, actor.provinceId, links.accountId)
    if (!account || !inScope(actor, account.organizationPath)) throw refuse('accountId', 'Tài khoản bỏ phiếu: không tìm thấy tài khoản trong phạm vi quản lý')
    if (account.disabled) throw refuse('accountId', `Tài khoản bỏ phiếu: tài khoản ${account.username} đang bị vô hiệu hóa`)
    if (!can(account, 'council.vote')) {
      throw refuse('accountId', `Tài khoản bỏ phiếu: tài khoản ${account.username} có vai trò «${ROLE_LABELS[account.role]}», không được bỏ phiếu; hãy dùng tài khoản vai trò Thành viên Hội đồng TĐKT, Lãnh đạo ký duyệt hoặc Thường trực`)
    }
  }
  if (links.personId) {
    const person = await findPerson(db, actor.provinceId, links.personId)
    const unit = person && (await findOrganization(db, actor.provinceId, person.organizationId))
    if (!unit || !inScope(actor, unit.path)) throw refuse('personId', 'Cá nhân trong danh sách: không tìm thấy trong phạm vi quản lý')
  }
  if (links.leadsOrganizationId) {
    const unit = await findOrganization(db, actor.provinceId, links.leadsOrganizationId)
    if (!unit || !inScope(actor, unit.path)) throw refuse('leadsOrganizationId', 'Đơn vị do thành viên đứng đầu: không tìm thấy trong phạm vi quản lý')
  }
}
