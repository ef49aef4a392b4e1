import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { createHouseholdBody, listHouseholdsQuery, updateHouseholdBody } from './households.schemas.ts'
import { listHouseholds } from './list-households.ts'
import { getHousehold } from './get-household.ts'
import { createHousehold } from './create-household.ts'
import { updateHousehold } from './update-household.ts'

export const householdRoutes = [
  defineRoute({
    method: 'get', path: '/api/households', tag: 'Hộ gia đình', access: 'household.read', query: listHouseholdsQuery,
    summary: 'Tìm hộ gia đình theo tên chủ hộ (không phân biệt dấu), trong phạm vi; phân trang',
    handler: ({ ctx, query }) => listHouseholds(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/households/:id', tag: 'Hộ gia đình', access: 'household.read', params: idParams,
    summary: 'Thông tin hộ gia đình và các thành viên',
    handler: ({ ctx, params }) => getHousehold(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/households', tag: 'Hộ gia đình', access: 'household.write', body: createHouseholdBody, status: 201,
    summary: 'Thêm hộ gia đình',
    handler: ({ ctx, body }) => createHousehold(ctx, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/households/:id', tag: 'Hộ gia đình', access: 'household.write', params: idParams, body: updateHouseholdBody,
    summary: 'Sửa hộ gia đình (cần version)',
    handler: ({ ctx, params, body }) => updateHousehold(ctx, params.id, body),
  }),
]
