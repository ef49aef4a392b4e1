import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { CREATE_BODIES, deleteQuery, HISTORY_KINDS, importPreviewQuery, recruitmentBody, subjectParams, UPDATE_BODIES } from './history.schemas.ts'
import { HISTORY_SPECS } from './history-kinds.ts'
import { getSubjectHistory } from './get-subject-history.ts'
import { setRecruitmentDate } from './set-recruitment-date.ts'
import { createHistoryRecord } from './create-history-record.ts'
import { updateHistoryRecord } from './update-history-record.ts'
import { deleteHistoryRecord } from './delete-history-record.ts'
import { buildHistoryTemplate, TEMPLATE_FILE_NAME, XLSX_CONTENT_TYPE } from './history-xlsx.ts'
import { previewHistoryImport } from './import-history-preview.ts'
import { commitHistoryImport } from './import-history-commit.ts'

const TAG = 'Lịch sử thi đua, khen thưởng'

const recordRoutes = HISTORY_KINDS.flatMap((kind) => [
  defineRoute({
    method: 'post', path: `/api/history/${kind}`, tag: TAG, access: 'history.write', body: CREATE_BODIES[kind], status: 201,
    summary: `Thêm ${HISTORY_SPECS[kind].label}`,
    handler: ({ ctx, body }) => createHistoryRecord(ctx, kind, body),
  }),
  defineRoute({
    method: 'patch', path: `/api/history/${kind}/:id`, tag: TAG, access: 'history.write', params: idParams, body: UPDATE_BODIES[kind],
    summary: `Sửa ${HISTORY_SPECS[kind].label} (cần version)`,
    handler: ({ ctx, params, body }) => updateHistoryRecord(ctx, kind, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: `/api/history/${kind}/:id`, tag: TAG, access: 'history.write', params: idParams, query: deleteQuery, status: 204,
    summary: `Xóa ${HISTORY_SPECS[kind].label} nhập nhầm (cần version; nhật ký kiểm toán giữ nội dung đã xóa)`,
    handler: ({ ctx, params, query }) => deleteHistoryRecord(ctx, kind, params.id, query.version),
  }),
])

// Fixed paths (/import/…, /people/:id, /<kind>) come before /:subjectKind/:subjectId.
export const historyRoutes = [
  defineRoute({
    method: 'get', path: '/api/history/import/template', tag: TAG, access: 'history.write',
    summary: 'Tải tệp Excel mẫu để nhập lịch sử: xếp loại, danh hiệu - khen thưởng, sáng kiến, kỷ luật',
    handler: async () =>
      new Response(await buildHistoryTemplate(), {
        headers: { 'content-type': XLSX_CONTENT_TYPE, 'content-disposition': `attachment; filename="${TEMPLATE_FILE_NAME}"` },
      }),
  }),
  defineRoute({
    method: 'post', path: '/api/history/import/preview', tag: TAG, access: 'history.write', query: importPreviewQuery, upload: true,
    summary: 'Tải lên tệp Excel lịch sử và xem trước: xác định cá nhân (CCCD, hoặc họ tên và ngày sinh), lỗi theo từng dòng, từng cột (chưa ghi dữ liệu)',
    handler: ({ ctx, query, file }) => previewHistoryImport(ctx, { organizationId: query.organizationId, file: file! }),
  }),
  defineRoute({
    method: 'post', path: '/api/history/import/:id/commit', tag: TAG, access: 'history.write', params: idParams,
    summary: 'Ghi các dòng hợp lệ của lô nhập lịch sử trong một giao dịch',
    handler: ({ ctx, params }) => commitHistoryImport(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/history/people/:id', tag: TAG, access: 'history.write', params: idParams, body: recruitmentBody,
    summary: 'Nhập hoặc sửa ngày tuyển dụng của cá nhân (cần version của cá nhân)',
    handler: ({ ctx, params, body }) => setRecruitmentDate(ctx, params.id, body),
  }),
  ...recordRoutes,
  defineRoute({
    method: 'get', path: '/api/history/:subjectKind/:subjectId', tag: TAG, access: 'history.read', params: subjectParams,
    summary: 'Toàn bộ lịch sử của một cá nhân, tập thể, hộ gia đình: xếp loại, danh hiệu, khen thưởng, sáng kiến, thành tích, kỷ luật, vụ việc, đánh giá',
    handler: ({ ctx, params }) => getSubjectHistory(ctx, params.subjectKind, params.subjectId),
  }),
]
