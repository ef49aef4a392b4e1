import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { createPersonBody, importPreviewQuery, listPeopleQuery, updatePersonBody } from './people.schemas.ts'
import { listPeople } from './list-people.ts'
import { getPerson } from './get-person.ts'
import { createPerson } from './create-person.ts'
import { updatePerson } from './update-person.ts'
import { buildPeopleTemplate, TEMPLATE_FILE_NAME, XLSX_CONTENT_TYPE } from './people-xlsx.ts'
import { previewPeopleImport } from './import-people-preview.ts'
import { commitPeopleImport } from './import-people-commit.ts'

export const peopleRoutes = [
  defineRoute({
    method: 'get', path: '/api/people', tag: 'Cá nhân', access: 'person.read', query: listPeopleQuery,
    summary: 'Tìm cá nhân theo họ tên (không phân biệt dấu) hoặc số CCCD, trong phạm vi; phân trang, thứ tự tên tiếng Việt',
    handler: ({ ctx, query }) => listPeople(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/people/import/template', tag: 'Cá nhân', access: 'person.import',
    summary: 'Tải tệp Excel mẫu để nhập danh sách cá nhân',
    handler: async () =>
      new Response(await buildPeopleTemplate(), {
        headers: { 'content-type': XLSX_CONTENT_TYPE, 'content-disposition': `attachment; filename="${TEMPLATE_FILE_NAME}"` },
      }),
  }),
  defineRoute({
    method: 'post', path: '/api/people/import/preview', tag: 'Cá nhân', access: 'person.import', query: importPreviewQuery, upload: true,
    summary: 'Tải lên tệp Excel và xem trước: lỗi theo từng dòng, từng cột (chưa ghi dữ liệu)',
    handler: ({ ctx, query, file }) => previewPeopleImport(ctx, { organizationId: query.organizationId, file: file! }),
  }),
  defineRoute({
    method: 'post', path: '/api/people/import/:id/commit', tag: 'Cá nhân', access: 'person.import', params: idParams,
    summary: 'Ghi các dòng hợp lệ của lô nhập trong một giao dịch',
    handler: ({ ctx, params }) => commitPeopleImport(ctx, params.id),
  }),
  defineRoute({
    method: 'get', path: '/api/people/:id', tag: 'Cá nhân', access: 'person.read', params: idParams,
    summary: 'Thông tin một cá nhân',
    handler: ({ ctx, params }) => getPerson(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/people', tag: 'Cá nhân', access: 'person.write', body: createPersonBody, status: 201,
    summary: 'Thêm cá nhân',
    handler: ({ ctx, body }) => createPerson(ctx, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/people/:id', tag: 'Cá nhân', access: 'person.write', params: idParams, body: updatePersonBody,
    summary: 'Sửa thông tin cá nhân (cần version)',
    handler: ({ ctx, params, body }) => updatePerson(ctx, params.id, body),
  }),
]
