import { z } from 'zod'
import { defineRoute, readDbOf } from '../../http/route.ts'
import { isoDate, pageQuery, uuid } from '../../../shared/schemas.ts'
import { searchAudit } from './audit.repository.ts'

// describe() comes last: error messages take the field label from the outermost schema.
const auditQuery = z
  .object({
    entity: z.string().max(50).optional().describe('Loại đối tượng'),
    entityId: uuid('Mã đối tượng').optional().describe('Mã đối tượng'),
    actorId: uuid('Người thực hiện').optional().describe('Người thực hiện'),
    action: z.string().max(50).optional().describe('Thao tác'),
    from: isoDate('Từ ngày').optional().describe('Từ ngày'),
    to: isoDate('Đến ngày').optional().describe('Đến ngày'),
    ...pageQuery,
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải bằng hoặc sau Từ ngày' })
  })

// Read-only on purpose: the audit log is append-only (database triggers refuse UPDATE, DELETE and TRUNCATE).
// The list is served by the read replica when there is one: an entry written a moment ago may appear a moment later.
export const auditRoutes = [
  defineRoute({
    method: 'get', path: '/api/audit', tag: 'Nhật ký', access: 'audit.read', query: auditQuery,
    summary: 'Nhật ký thao tác trong phạm vi (quản trị: cả tỉnh), mới nhất trước',
    handler: async ({ ctx, query }) => {
      const { items, total } = await searchAudit(readDbOf(ctx), ctx.actor.provinceId, {
        scopePath: ctx.actor.role === 'admin' ? null : ctx.actor.organizationPath,
        entity: query.entity, entityId: query.entityId, actorId: query.actorId, action: query.action, from: query.from, to: query.to,
        limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
      })
      return { items, total, page: query.page, pageSize: query.pageSize }
    },
  }),
]
