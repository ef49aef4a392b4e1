import { defineRoute } from '../../http/route.ts'
import { assertCan } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import { idParams } from '../../../shared/schemas.ts'
import { resolveSuccessor } from '../../../shared/organizations.ts'
import { clusterBody, createOrganizationBody, listOrganizationsQuery, treeQuery, updateClusterBody, updateOrganizationBody } from './organizations.schemas.ts'
import { findOrganization, listClusters, listSubtree, searchOrganizations } from './organizations.repository.ts'
import { createOrganization } from './create-organization.ts'
import { updateOrganization } from './update-organization.ts'
import { saveClusterUseCase } from './save-cluster.ts'

export const organizationRoutes = [
  defineRoute({
    method: 'get', path: '/api/organizations/tree', tag: 'Tổ chức', access: 'organization.read', query: treeQuery,
    summary: 'Cây tổ chức trong phạm vi của người dùng (danh sách phẳng có parentId)',
    handler: async ({ ctx, query }) => ({
      rootId: ctx.actor.organizationId,
      items: await listSubtree(ctx.db, ctx.actor.provinceId, ctx.actor.organizationPath, query.activeOn),
    }),
  }),
  defineRoute({
    method: 'get', path: '/api/organizations', tag: 'Tổ chức', access: 'organization.read', query: listOrganizationsQuery,
    summary: 'Tìm tổ chức (không phân biệt dấu), phân trang',
    handler: async ({ ctx, query }) => {
      const { items, total } = await searchOrganizations(ctx.db, ctx.actor.provinceId, {
        scopePath: ctx.actor.organizationPath, q: query.q, kind: query.kind, parentId: query.parentId, activeOn: query.activeOn,
        limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
      })
      return { items, total, page: query.page, pageSize: query.pageSize }
    },
  }),
  defineRoute({
    method: 'get', path: '/api/organizations/:id', tag: 'Tổ chức', access: 'organization.read', params: idParams,
    summary: 'Chi tiết tổ chức, kèm đơn vị kế thừa hiện hành nếu đã sáp nhập',
    handler: async ({ ctx, params }) => {
      const org = await findOrganization(ctx.db, ctx.actor.provinceId, params.id)
      if (!org) throw notFound('tổ chức')
      assertCan(ctx.actor, 'organization.read', org.path)
      let current = org
      if (org.successorId) {
        const chain = new Map([[org.id, org]])
        for (let next = org.successorId, i = 0; next && i < 20; i++) {
          const found = await findOrganization(ctx.db, ctx.actor.provinceId, next)
          if (!found || chain.has(found.id)) break
          chain.set(found.id, found)
          next = found.successorId ?? ''
        }
        current = resolveSuccessor(org.id, chain) ?? org
      }
      return { ...org, currentSuccessor: current.id === org.id ? null : { id: current.id, name: current.name } }
    },
  }),
  defineRoute({
    method: 'post', path: '/api/organizations', tag: 'Tổ chức', access: 'organization.write', body: createOrganizationBody, status: 201,
    summary: 'Thêm tổ chức',
    handler: ({ ctx, body }) => createOrganization(ctx, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/organizations/:id', tag: 'Tổ chức', access: 'organization.write', params: idParams, body: updateOrganizationBody,
    summary: 'Sửa, chuyển, giải thể hoặc sáp nhập tổ chức (cần version)',
    handler: ({ ctx, params, body }) => updateOrganization(ctx, params.id, body),
  }),
  defineRoute({
    method: 'get', path: '/api/clusters', tag: 'Tổ chức', access: 'organization.read', summary: 'Cụm, khối thi đua trong phạm vi',
    handler: async ({ ctx }) => ({ items: await listClusters(ctx.db, ctx.actor.provinceId, ctx.actor.organizationPath) }),
  }),
  defineRoute({
    method: 'get', path: '/api/clusters/:id', tag: 'Tổ chức', access: 'organization.read', params: idParams, summary: 'Chi tiết cụm, khối thi đua',
    handler: async ({ ctx, params }) => {
      const [cluster] = await listClusters(ctx.db, ctx.actor.provinceId, ctx.actor.organizationPath, params.id)
      if (!cluster) throw notFound('cụm, khối thi đua')
      return cluster
    },
  }),
  defineRoute({
    method: 'post', path: '/api/clusters', tag: 'Tổ chức', access: 'organization.write', body: clusterBody, status: 201,
    summary: 'Thêm cụm, khối thi đua',
    handler: ({ ctx, body }) => saveClusterUseCase(ctx, body),
  }),
  defineRoute({
    method: 'put', path: '/api/clusters/:id', tag: 'Tổ chức', access: 'organization.write', params: idParams, body: updateClusterBody,
    summary: 'Sửa cụm, khối thi đua (cần version)',
    handler: ({ ctx, params, body }) => saveClusterUseCase(ctx, body, { id: params.id, version: body.version }),
  }),
]
