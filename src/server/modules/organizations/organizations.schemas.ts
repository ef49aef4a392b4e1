import { z } from 'zod'
import { ORGANIZATION_KIND_CODES, CLUSTER_KINDS } from '../../../shared/organizations.ts'
import { isoDate, optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'

const kind = z.enum(ORGANIZATION_KIND_CODES, { error: 'Loại tổ chức không hợp lệ' }).describe('Loại tổ chức')

const validity = {
  validFrom: isoDate('Có hiệu lực từ ngày').nullable().optional(),
  validTo: isoDate('Hết hiệu lực ngày').nullable().optional(),
}

function checkValidity(value: { validFrom?: string | null; validTo?: string | null }, ctx: z.RefinementCtx) {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' })
  }
}

export const createOrganizationBody = z
  .object({
    parentId: uuid('Đơn vị cấp trên'),
    name: requiredText('Tên tổ chức', 300),
    shortName: optionalText('Tên viết tắt', 100),
    kind,
    note: optionalText('Ghi chú', 2000),
    ...validity,
  })
  .superRefine(checkValidity)

export const updateOrganizationBody = z
  .object({
    version,
    parentId: uuid('Đơn vị cấp trên').optional(),
    name: requiredText('Tên tổ chức', 300).optional(),
    shortName: optionalText('Tên viết tắt', 100),
    kind: kind.optional(),
    note: optionalText('Ghi chú', 2000),
    successorId: uuid('Đơn vị kế thừa').nullable().optional(),
    ...validity,
  })
  .superRefine(checkValidity)

export const listOrganizationsQuery = z.object({
  q: z.string().max(200).optional().describe('Tìm theo tên (không cần dấu)'),
  kind: kind.optional(),
  parentId: uuid('Đơn vị cấp trên').optional(),
  activeOn: isoDate('Còn hiệu lực vào ngày').optional(),
  ...pageQuery,
})

export const treeQuery = z.object({
  activeOn: isoDate('Còn hiệu lực vào ngày').optional(),
})

export const clusterBody = z.object({
  name: requiredText('Tên cụm, khối', 300),
  kind: z.enum(Object.keys(CLUSTER_KINDS) as ['cluster', 'bloc'], { error: 'Loại cụm, khối không hợp lệ' }).describe('Loại'),
  year: z.number().int().min(2000).max(2100).nullable().optional().describe('Năm'),
  ownerId: uuid('Cơ quan tổ chức cụm, khối'),
  memberIds: z.array(uuid('Thành viên')).max(500).describe('Thành viên'),
  leaderId: uuid('Cụm trưởng').nullable().optional(),
})

export const updateClusterBody = clusterBody.extend({ version })

export type CreateOrganizationInput = z.output<typeof createOrganizationBody>
export type UpdateOrganizationInput = z.output<typeof updateOrganizationBody>
export type ClusterInput = z.output<typeof clusterBody>
