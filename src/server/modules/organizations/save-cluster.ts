import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { ClusterInput } from './organizations.schemas.ts'
import { findOrganization, findOrganizations, listClusters, saveCluster, type Cluster } from './organizations.repository.ts'

/** Creates (no id) or updates an emulation cluster/bloc whose owner and members are all in scope. */
export async function saveClusterUseCase(ctx: UseCaseContext, input: ClusterInput, existing?: { id: string; version: number }): Promise<Cluster> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const owner = await findOrganization(tx, actor.provinceId, input.ownerId)
    if (!owner) throw new AppError('VALIDATION', 'Cơ quan tổ chức cụm, khối không tồn tại.', { ownerId: 'Cơ quan tổ chức cụm, khối: không tồn tại' })
    assertCan(actor, 'organization.write', owner.path)
    const members = await findOrganizations(tx, actor.provinceId, input.memberIds)
    if (members.length !== new Set(input.memberIds).size) throw new AppError('VALIDATION', 'Có thành viên không tồn tại.', { memberIds: 'Thành viên: có đơn vị không tồn tại' })
    for (const member of members) assertCan(actor, 'organization.read', member.path)
    if (input.leaderId && !input.memberIds.includes(input.leaderId)) {
      throw new AppError('VALIDATION', 'Cụm trưởng phải là một thành viên của cụm.', { leaderId: 'Cụm trưởng: phải là thành viên' })
    }
    const id = existing?.id ?? randomUUID()
    const before = existing ? (await listClusters(tx, actor.provinceId, actor.organizationPath, id))[0] : undefined
    if (existing && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy cụm, khối thi đua.')
    const ok = await saveCluster(tx, actor.provinceId, { id, ownerId: owner.id, name: input.name, kind: input.kind, year: input.year ?? null, memberIds: input.memberIds, leaderId: input.leaderId ?? null }, existing?.version)
    if (!ok) throw staleVersion('Cụm, khối thi đua')
    const saved = (await listClusters(tx, actor.provinceId, actor.organizationPath, id))[0]!
    await recordAudit(tx, ctx, { action: existing ? 'update' : 'create', entity: 'cluster', entityId: id, organizationId: owner.id, summary: `${existing ? 'Sửa' : 'Thêm'} ${input.kind === 'bloc' ? 'khối' : 'cụm'} thi đua "${input.name}"`, before, after: saved })
    return saved
  })
}
