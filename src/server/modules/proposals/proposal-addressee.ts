// Whom a proposal goes to: a level above the sender inside tdkt (by default the level that decides the
// nominations when it is above the sender, else the sender's parent), or a body outside tdkt named in
// words (to_name alone). The name printed after "Kính gửi:" defaults to the chairman of a People's
// Committee ("Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên") or the body's formal name.
import type { Db } from '../../db/client.ts'
import type { OrganizationKind } from '../../../shared/organizations.ts'
import { AppError } from '../../http/errors.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'

const CHAIRED: readonly OrganizationKind[] = ['province', 'district', 'commune', 'ward', 'special_zone', 'peoples_committee']

export interface Addressee {
  toOrganizationId: string | null
  toName: string
}

const refuse = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message })

async function defaultName(db: Db, provinceId: string, org: Organization): Promise<string> {
  const identity = await loadIssuerIdentity(db, provinceId, org)
  return CHAIRED.includes(org.kind) ? `Chủ tịch ${identity.formalName}` : identity.formalName
}

/**
 * toOrganizationId: undefined → the default level above; null → outside tdkt (toName required).
 * destinations: where the nominations are decided (organizations on tdkt, or null outside the chain).
 */
export async function resolveAddressee(
  db: Db,
  provinceId: string,
  sender: Organization,
  choice: { toOrganizationId?: string | null | undefined; toName?: string | null | undefined },
  destinations: readonly (string | null)[],
): Promise<Addressee> {
  if (choice.toOrganizationId === null) {
    if (!choice.toName) throw refuse('toName', 'Tên cơ quan, người nhận là bắt buộc khi gửi ra ngoài hệ thống (cấp trên không dùng tdkt).')
    return { toOrganizationId: null, toName: choice.toName }
  }
  let target: Organization | undefined
  if (choice.toOrganizationId !== undefined) {
    target = await findOrganization(db, provinceId, choice.toOrganizationId)
    if (!target) throw refuse('toOrganizationId', 'Cơ quan nhận: không tìm thấy đơn vị được chọn.')
  } else {
    const common = new Set(destinations).size === 1 ? destinations[0] : null
    const decider = common ? await findOrganization(db, provinceId, common) : undefined
    const aboveSender = decider && sender.path.startsWith(decider.path) && decider.id !== sender.id ? decider : undefined
    target = aboveSender ?? (sender.parentId ? await findOrganization(db, provinceId, sender.parentId) : undefined)
    if (!target) throw refuse('toOrganizationId', `${sender.name} không có cấp trên trong hệ thống: chọn gửi ra ngoài hệ thống và ghi tên cơ quan nhận.`)
  }
  if (target.id === sender.id || !sender.path.startsWith(target.path)) throw refuse('toOrganizationId', `Cơ quan nhận: ${target.name} không phải cấp trên của ${sender.name}.`)
  return { toOrganizationId: target.id, toName: choice.toName ?? (await defaultName(db, provinceId, target)) }
}

export const defaultTitle = (toName: string) => `Tờ trình đề nghị ${toName} khen thưởng`
