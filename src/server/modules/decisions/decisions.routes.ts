// Award decisions (quyết định khen thưởng): drafted from the nominations the council passed, with amounts
// and problems per line; issued with a number from the register, writing the registry rows, certificates
// and the nominations' "decided" status in one transaction; Decree 30 Word/PDF and the annex spreadsheet.
import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { deleteQuery } from '../history/history.schemas.ts'
import { candidatesQuery, createDecisionBody, fileParams, listDecisionsQuery, updateDecisionBody, versionBody } from './decisions.schemas.ts'
import { listDecisions } from './list-decisions.ts'
import { listCandidates } from './list-candidates.ts'
import { createDecision } from './create-decision.ts'
import { getDecision } from './get-decision.ts'
import { updateDecision } from './update-decision.ts'
import { deleteDecision } from './delete-decision.ts'
import { issueDecision } from './issue-decision.ts'
import { downloadDecision } from './download-decision.ts'

const TAG = 'Quyết định khen thưởng'

// The fixed path /candidates comes before /:id.
export const decisionRoutes = [
  defineRoute({
    method: 'get', path: '/api/decisions', tag: TAG, access: 'decision.read', query: listDecisionsQuery,
    summary: 'Quyết định khen thưởng của các đơn vị trong phạm vi (và các quyết định khen thưởng người của đơn vị): số, trích yếu, ngày, số trường hợp, tổng tiền thưởng',
    handler: ({ ctx, query }) => listDecisions(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/decisions/candidates', tag: TAG, access: 'decision.write', query: candidatesQuery,
    summary: 'Các đề nghị Hội đồng của cơ quan đã thông qua, thuộc thẩm quyền quyết định của cơ quan và chưa có trong quyết định nào, kèm mức tiền thưởng và việc công khai còn thiếu',
    handler: ({ ctx, query }) => listCandidates(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/decisions', tag: TAG, access: 'decision.write', body: createDecisionBody, status: 201,
    summary: 'Lập dự thảo quyết định từ các đề nghị đã được Hội đồng thông qua (trích yếu, căn cứ, người ký mặc định; mức tiền thưởng từng trường hợp); từ chối đề nghị chưa thông qua, vượt thẩm quyền hoặc đã có trong quyết định khác',
    handler: ({ ctx, body }) => createDecision(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/decisions/:id', tag: TAG, access: 'decision.read', params: idParams,
    summary: 'Chi tiết quyết định: danh sách kèm theo với mức tiền thưởng, trường hợp không nhận tiền (cùng thời gian chỉ nhận mức cao nhất), các vướng mắc còn lại, tổng tiền',
    handler: ({ ctx, params }) => getDecision(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/decisions/:id', tag: TAG, access: 'decision.write', params: idParams, body: updateDecisionBody,
    summary: 'Sửa dự thảo quyết định: trích yếu, căn cứ, ngày, người ký, danh sách (thêm, bỏ, đổi thứ tự) (cần version)',
    handler: ({ ctx, params, body }) => updateDecision(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/decisions/:id', tag: TAG, access: 'decision.write', params: idParams, query: deleteQuery, status: 204,
    summary: 'Xóa dự thảo quyết định (cần version)',
    handler: ({ ctx, params, query }) => deleteDecision(ctx, params.id, query.version),
  }),
  defineRoute({
    method: 'post', path: '/api/decisions/:id/issue', tag: TAG, access: 'decision.issue', params: idParams, body: versionBody,
    summary: 'Ban hành quyết định: lấy số từ sổ Quyết định, ghi sổ khen thưởng, cấp giấy khen (số sổ vàng, mã xác minh) và chuyển các đề nghị sang "Đã có quyết định" trong một giao dịch; từ chối khi còn vướng mắc (cần version)',
    handler: ({ ctx, params, body }) => issueDecision(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'get', path: '/api/decisions/:id/files/:file', tag: TAG, access: 'decision.read', params: fileParams,
    summary: 'Tệp của quyết định theo Nghị định 30: quyet-dinh.docx, quyet-dinh.pdf (quyết định và danh sách kèm theo là phụ lục sau chữ ký), danh-sach.xlsx (danh sách dạng bảng tính)',
    handler: ({ ctx, params }) => downloadDecision(ctx, params.id, params.file),
  }),
]
