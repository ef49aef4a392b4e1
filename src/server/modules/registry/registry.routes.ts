import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { deleteQuery, subjectParams } from '../history/history.schemas.ts'
import { createAwardBody, duplicatesQuery, searchRegistryQuery, updateAwardBody } from './registry.schemas.ts'
import { searchRegistry } from './search-registry.ts'
import { findDuplicates } from './find-duplicates.ts'
import { getSubjectAwards } from './get-subject-awards.ts'
import { createAward } from './create-award.ts'
import { updateAward } from './update-award.ts'
import { deleteAward } from './delete-award.ts'

const TAG = 'Sổ khen thưởng'

// Fixed paths (/duplicates) come before the parameterised ones.
export const registryRoutes = [
  defineRoute({
    method: 'get', path: '/api/registry', tag: TAG, access: 'registry.read', query: searchRegistryQuery,
    summary: 'Tra cứu sổ khen thưởng trong phạm vi: theo tên (không cần dấu) hoặc số quyết định, danh hiệu, khối, năm; mới nhất trước',
    handler: ({ ctx, query }) => searchRegistry(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/registry/duplicates', tag: TAG, access: 'registry.read', query: duplicatesQuery,
    summary: 'Nhóm bản ghi có thể là một thành tích được khen hai lần (giữa khối chính quyền, Đảng, đoàn thể và các cấp)',
    handler: ({ ctx, query }) => findDuplicates(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/registry/:subjectKind/:subjectId', tag: TAG, access: 'registry.read', params: subjectParams,
    summary: 'Các danh hiệu, hình thức khen thưởng một cá nhân, tập thể, hộ gia đình đã nhận: năm, quyết định, cơ quan quyết định',
    handler: ({ ctx, params }) => getSubjectAwards(ctx, params.subjectKind, params.subjectId),
  }),
  defineRoute({
    method: 'post', path: '/api/history/awards', tag: TAG, access: 'history.write', body: createAwardBody, status: 201,
    summary: 'Ghi một danh hiệu, hình thức khen thưởng đã nhận vào sổ; trả kèm cảnh báo nếu có thể trùng thành tích đã khen',
    handler: ({ ctx, body }) => createAward(ctx, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/history/awards/:id', tag: TAG, access: 'history.write', params: idParams, body: updateAwardBody,
    summary: 'Sửa bản ghi sổ khen thưởng (cần version); trả kèm cảnh báo trùng',
    handler: ({ ctx, params, body }) => updateAward(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/history/awards/:id', tag: TAG, access: 'history.write', params: idParams, query: deleteQuery, status: 204,
    summary: 'Xóa bản ghi sổ khen thưởng nhập nhầm (cần version; nhật ký kiểm toán giữ nội dung đã xóa)',
    handler: ({ ctx, params, query }) => deleteAward(ctx, params.id, query.version),
  }),
]
