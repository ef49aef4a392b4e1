// Checks a draft's content and links before it is saved: the cross-field rules of the plan, parent plans
// the caller may see and that do not close a loop, addressees inside the caller's subtree.
// A refused save writes nothing (the stored draft stays as it was).
import type { Db } from '../../db/client.ts'
import { inScope, type Actor } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import { checkPlan } from '../../../shared/campaign-plan-checks.ts'
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import { findOrganizations } from '../organizations/organizations.repository.ts'
import { canSee } from './campaign-access.ts'
import { findCampaigns, listAddressees, parentsWouldCycle } from './campaigns.repository.ts'

/** Refuses content breaking a cross-field rule, naming each field as "content.<path>". */
export function assertPlanValid(content: PlanContent): void {
  const fields: Record<string, string> = {}
  for (const problem of checkPlan(content)) fields[`content.${problem.field}`] ??= problem.message
  const messages = Object.values(fields)
  if (messages.length > 0) throw new AppError('VALIDATION', `Kế hoạch chưa hợp lệ — ${messages.join('; ')}`, fields)
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message })

/** Validates and de-duplicates the parent plans and addressees of plan `id` issued by `issuerId`. */
export async function checkLinks(
  db: Db,
  actor: Actor,
  plan: { id: string; issuerId: string },
  links: { parentIds: readonly string[]; addresseeIds: readonly string[] },
): Promise<{ parentIds: string[]; addresseeIds: string[] }> {
  const parentIds = [...new Set(links.parentIds)]
  const addresseeIds = [...new Set(links.addresseeIds)]

  if (parentIds.includes(plan.id)) throw invalid('parentIds', 'Kế hoạch cấp trên: một kế hoạch không thể triển khai chính nó.')
  const parents = await findCampaigns(db, actor.provinceId, parentIds)
  const parentAddressees = await listAddressees(db, actor.provinceId, parentIds)
  for (const id of parentIds) {
    const parent = parents.find((p) => p.id === id)
    const paths = parentAddressees.filter((a) => a.campaignId === id).map((a) => a.organizationPath)
    if (!parent || !canSee(actor, parent, paths)) throw invalid('parentIds', 'Kế hoạch cấp trên: có kế hoạch không tồn tại hoặc ngoài phạm vi của bạn.')
  }
  if (await parentsWouldCycle(db, actor.provinceId, plan.id, parentIds)) {
    throw invalid('parentIds', 'Kế hoạch cấp trên: liên kết tạo thành vòng lặp — kế hoạch được chọn đang triển khai (trực tiếp hoặc gián tiếp) chính kế hoạch này.')
  }

  const organizations = await findOrganizations(db, actor.provinceId, addresseeIds)
  for (const id of addresseeIds) {
    const org = organizations.find((o) => o.id === id)
    if (!org) throw invalid('addresseeIds', 'Đơn vị nhận kế hoạch: có đơn vị không tồn tại.')
    if (id === plan.issuerId) throw invalid('addresseeIds', `Đơn vị nhận kế hoạch: «${org.name}» là cơ quan ban hành, không tự gửi cho chính mình.`)
    if (!inScope(actor, org.path)) throw invalid('addresseeIds', `Đơn vị nhận kế hoạch: «${org.name}» ngoài phạm vi quản lý của bạn.`)
  }
  return { parentIds, addresseeIds }
}
