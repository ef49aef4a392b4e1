import { ORGANIZATION_KINDS } from '../../../shared/organizations.ts'
import { vietnameseTextSortKey } from '../../../shared/vietnamese.ts'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { UpdateOrganizationInput } from './organizations.schemas.ts'
import { findOrganization, rewriteSubtreePaths, updateOrganizationRow, type Organization } from './organizations.repository.ts'

/**
 * Renames, re-parents, dissolves (valid_to) or merges (successor) a unit.
 * Moving a unit moves its whole subtree; a unit cannot move under itself.
 */
export async function updateOrganization(ctx: UseCaseContext, id: string, input: UpdateOrganizationInput): Promise<Organization> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findOrganization(tx, actor.provinceId, id)
    if (!current) throw notFound('tổ chức')
    assertCan(actor, 'organization.write', current.path)
    if (current.path === actor.organizationPath && actor.role !== 'admin' && input.parentId && input.parentId !== current.parentId) {
      throw new AppError('FORBIDDEN', 'Bạn không thể chuyển đơn vị của chính mình sang đơn vị cấp trên khác.')
    }
    if (input.version !== current.version) throw staleVersion('Tổ chức')

    let path = current.path
    let parentId = current.parentId
    if (input.parentId && input.parentId !== current.parentId) {
      if (!current.parentId) throw new AppError('VALIDATION', 'Không thể chuyển tổ chức gốc của tỉnh.', { parentId: 'Đơn vị cấp trên: không thể đổi cho tổ chức gốc' })
      const parent = await findOrganization(tx, actor.provinceId, input.parentId)
      if (!parent) throw new AppError('VALIDATION', 'Đơn vị cấp trên không tồn tại.', { parentId: 'Đơn vị cấp trên: không tồn tại' })
      assertCan(actor, 'organization.write', parent.path)
      if (parent.path.startsWith(current.path)) {
        throw new AppError('VALIDATION', 'Không thể chuyển một tổ chức vào chính nó hoặc đơn vị cấp dưới của nó.', { parentId: 'Đơn vị cấp trên: tạo thành vòng lặp' })
      }
      parentId = parent.id
      path = `${parent.path}${id}/`
    }
    let successorId = input.successorId === undefined ? current.successorId : input.successorId
    if (successorId) {
      if (successorId === id) throw new AppError('VALIDATION', 'Đơn vị kế thừa không thể là chính nó.', { successorId: 'Đơn vị kế thừa: không thể là chính nó' })
      const successor = await findOrganization(tx, actor.provinceId, successorId)
      if (!successor) throw new AppError('VALIDATION', 'Đơn vị kế thừa không tồn tại.', { successorId: 'Đơn vị kế thừa: không tồn tại' })
      successorId = successor.id
    }
    const kind = input.kind ?? current.kind
    const name = input.name ?? current.name
    const validFrom = input.validFrom === undefined ? current.validFrom : input.validFrom
    const validTo = input.validTo === undefined ? current.validTo : input.validTo
    if (validFrom && validTo && validTo < validFrom) {
      throw new AppError('VALIDATION', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.', { validTo: 'Hết hiệu lực ngày: phải sau ngày có hiệu lực' })
    }
    const updated = await updateOrganizationRow(
      tx,
      actor.provinceId,
      {
        id,
        parentId,
        path,
        name,
        shortName: input.shortName === undefined ? current.shortName : input.shortName,
        kind,
        level: ORGANIZATION_KINDS[kind].level,
        track: ORGANIZATION_KINDS[kind].track,
        sortKey: vietnameseTextSortKey(name),
        validFrom,
        validTo,
        successorId,
        note: input.note === undefined ? current.note : input.note,
      },
      input.version,
    )
    if (!updated) throw staleVersion('Tổ chức')
    if (path !== current.path) await rewriteSubtreePaths(tx, actor.provinceId, current.path, path)
    await recordAudit(tx, ctx, { action: 'update', entity: 'organization', entityId: id, organizationId: id, summary: `Sửa tổ chức "${updated.name}"`, before: current, after: updated })
    return updated
  })
}
