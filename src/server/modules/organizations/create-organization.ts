import { randomUUID } from 'node:crypto'
import { ORGANIZATION_KINDS } from '../../../shared/organizations.ts'
import { vietnameseTextSortKey } from '../../../shared/vietnamese.ts'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { CreateOrganizationInput } from './organizations.schemas.ts'
import { findOrganization, insertOrganization, type Organization } from './organizations.repository.ts'

/** Adds a unit under a parent inside the caller's subtree. */
export async function createOrganization(ctx: UseCaseContext, input: CreateOrganizationInput): Promise<Organization> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const parent = await findOrganization(tx, actor.provinceId, input.parentId)
    if (!parent) throw new AppError('VALIDATION', 'Đơn vị cấp trên không tồn tại.', { parentId: 'Đơn vị cấp trên: không tồn tại' })
    assertCan(actor, 'organization.write', parent.path)
    const id = randomUUID()
    const kind = ORGANIZATION_KINDS[input.kind]
    const created = await insertOrganization(tx, actor.provinceId, {
      id,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
      level: kind.level,
      track: kind.track,
      sortKey: vietnameseTextSortKey(input.name),
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      successorId: null,
      note: input.note ?? null,
    })
    await recordAudit(tx, ctx, { action: 'create', entity: 'organization', entityId: id, organizationId: id, summary: `Thêm tổ chức "${created.name}"`, after: created })
    return created
  })
}
