import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import { fromDatabaseError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { organizationInScope } from '../people/person-rules.ts'
import { findCouncil, insertCouncil } from './council.repository.ts'
import { councilDetail, type CouncilDetail } from './council-view.ts'
import type { CreateCouncilInput } from './council.schemas.ts'

/** Sets up the council of an organization (one per organization: Nghị định 98/2023/NĐ-CP, Điều 49). */
export async function createCouncil(ctx: UseCaseContext, input: CreateCouncilInput): Promise<CouncilDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await organizationInScope(tx, actor, 'council.manage', input.organizationId)
    const id = randomUUID()
    await insertCouncil(tx, actor.provinceId, { id, organizationId: organization.id, name: input.name, establishedBy: input.establishedBy ?? null, quorumShare: input.quorumShare, majorityShare: input.majorityShare })
      .catch((error: unknown) => {
        const message = `${organization.name} đã có Hội đồng Thi đua – Khen thưởng; mỗi đơn vị một Hội đồng`
        throw fromDatabaseError(error, { councils_province_id_organization_id_key: { field: 'organizationId', message } })
      })
    const council = (await findCouncil(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'council', entityId: id, organizationId: organization.id,
      summary: `Thành lập ${input.name} của ${organization.name}`,
      after: { name: council.name, establishedBy: council.establishedBy, quorumShare: council.quorumShare, majorityShare: council.majorityShare },
    })
    return councilDetail(tx, actor, council)
  })
}
