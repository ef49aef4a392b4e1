import { z } from 'zod'
import { optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'


const headName = requiredText('Tên chủ hộ', 200)
const headPersonId = uuid('Chủ hộ').nullable().optional().describe('Chủ hộ')
const address = optionalText('Địa chỉ', 500).describe('Địa chỉ')
const organizationId = uuid('Thôn, tổ dân phố')

export const createHouseholdBody = z.object({ headName, headPersonId, address, organizationId })

export const updateHouseholdBody = z.object({
  version,
  headName: headName.optional(),
  headPersonId,
  address,
  organizationId: organizationId.optional(),
})

export const listHouseholdsQuery = z.object({
  q: z.string().max(200).optional().describe('Tìm theo tên chủ hộ (không cần dấu)'),
  organizationId: uuid('Đơn vị').optional(),
  ...pageQuery,
})

export type CreateHouseholdInput = z.output<typeof createHouseholdBody>
export type UpdateHouseholdInput = z.output<typeof updateHouseholdBody>
export type ListHouseholdsQuery = z.output<typeof listHouseholdsQuery>
