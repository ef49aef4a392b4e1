// Nominations (đề nghị khen thưởng) with their dossiers: a unit proposes, submits a batch with its proposal,
// the officer returns or checks; the council and the decisions continue from "to_council".
import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { deleteQuery } from '../history/history.schemas.ts'
import {
  checkBody, createNominationBody, documentParams, dossierFileParams, listNominationsQuery, overrideDeadlineBody, returnBody, submitBody,
  updateNominationBody, uploadQuery, versionBody,
} from './nominations.schemas.ts'
import { listNominations } from './list-nominations.ts'
import { getNomination } from './get-nomination.ts'
import { createNomination } from './create-nomination.ts'
import { updateNomination } from './update-nomination.ts'
import { deleteNomination } from './delete-nomination.ts'
import { submitNominations } from './submit-nominations.ts'
import { returnNomination } from './return-nomination.ts'
import { checkNomination } from './check-nomination.ts'
import { overrideDeadline } from './override-deadline.ts'
import { reevaluateNomination } from './reevaluate-nomination.ts'
import { uploadNominationDocument } from './upload-nomination-document.ts'
import { downloadNominationDocument } from './download-nomination-document.ts'
import { removeNominationDocument } from './remove-nomination-document.ts'
import { downloadDossierPart } from './download-dossier-part.ts'

const TAG = 'Đề nghị khen thưởng'

// The fixed path /submit comes before /:id.
export const nominationRoutes = [
  defineRoute({
    method: 'get', path: '/api/nominations', tag: TAG, access: 'nomination.read', query: listNominationsQuery,
    summary: 'Đề nghị khen thưởng của các đơn vị trong phạm vi, mới nhất trước: trạng thái, đối tượng, danh hiệu/hình thức, kết quả xét điều kiện, cấp quyết định, tờ trình, hạn nộp, thời hạn giải quyết',
    handler: ({ ctx, query }) => listNominations(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/nominations/submit', tag: TAG, access: 'nomination.write', body: submitBody, status: 201,
    summary: 'Đơn vị trình một lượt đề nghị kèm tờ trình (số lấy từ sổ Tờ trình của đơn vị); từ chối cả lượt nếu có đề nghị quá hạn chưa được cho phép nộp muộn, hồ sơ chưa đủ, trạng thái không cho trình hoặc phiên bản đã cũ',
    handler: ({ ctx, body }) => submitNominations(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/nominations', tag: TAG, access: 'nomination.write', body: createNominationBody, status: 201,
    summary: 'Lập dự thảo đề nghị khen thưởng cho cá nhân, tập thể, hộ gia đình của đơn vị (theo kế hoạch thi đua hoặc theo năm), kèm kiểm tra thẩm quyền và kết quả xét điều kiện',
    handler: ({ ctx, body }) => createNomination(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/nominations/:id', tag: TAG, access: 'nomination.read', params: idParams,
    summary: 'Chi tiết đề nghị: thẩm quyền, kết quả xét điều kiện đã lưu (tiêu chuẩn, điều khoản, dữ kiện), hồ sơ và mức độ đầy đủ, lịch sử trạng thái, hạn nộp, thời hạn giải quyết',
    handler: ({ ctx, params }) => getNomination(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/nominations/:id', tag: TAG, access: 'nomination.write', params: idParams, body: updateNominationBody,
    summary: 'Sửa đề nghị dự thảo hoặc bị trả lại (cần version); xét lại điều kiện và thẩm quyền',
    handler: ({ ctx, params, body }) => updateNomination(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/nominations/:id', tag: TAG, access: 'nomination.write', params: idParams, query: deleteQuery, status: 204,
    summary: 'Xóa đề nghị dự thảo chưa trình (cần version)',
    handler: ({ ctx, params, query }) => deleteNomination(ctx, params.id, query.version),
  }),
  defineRoute({
    method: 'post', path: '/api/nominations/:id/documents', tag: TAG, access: 'nomination.write', params: idParams, query: uploadQuery, upload: true, status: 201,
    summary: 'Đính kèm tệp vào một thành phần hồ sơ (PDF, Word .docx, ảnh PNG/JPEG; nhận diện theo nội dung tệp, giới hạn dung lượng)',
    handler: ({ ctx, params, query, file }) => uploadNominationDocument(ctx, params.id, query.part, file!, ctx.config.uploadLimitBytes),
  }),
  defineRoute({
    method: 'get', path: '/api/nominations/:id/documents/:documentId', tag: TAG, access: 'nomination.read', params: documentParams,
    summary: 'Tải tệp đã đính kèm hồ sơ',
    handler: ({ ctx, params }) => downloadNominationDocument(ctx, params.id, params.documentId),
  }),
  defineRoute({
    method: 'delete', path: '/api/nominations/:id/documents/:documentId', tag: TAG, access: 'nomination.write', params: documentParams, status: 204,
    summary: 'Gỡ tệp khỏi hồ sơ của đề nghị dự thảo hoặc bị trả lại',
    handler: ({ ctx, params }) => removeNominationDocument(ctx, params.id, params.documentId),
  }),
  defineRoute({
    method: 'get', path: '/api/nominations/:id/dossier/:file', tag: TAG, access: 'nomination.read', params: dossierFileParams,
    summary: 'Thành phần hồ sơ tạo từ dữ liệu theo Nghị định 30: to-trinh.docx (tờ trình kèm danh sách), bao-cao-thanh-tich.docx, bang-tom-tat.docx, bien-ban.docx (hoặc .pdf)',
    handler: ({ ctx, params }) => downloadDossierPart(ctx, params.id, params.file.part, params.file.format),
  }),
  defineRoute({
    method: 'post', path: '/api/nominations/:id/return', tag: TAG, access: 'nomination.check', params: idParams, body: returnBody,
    summary: 'Trả lại hồ sơ cho đơn vị, nêu lý do (cần version)',
    handler: ({ ctx, params, body }) => returnNomination(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/nominations/:id/check', tag: TAG, access: 'nomination.check', params: idParams, body: checkBody,
    summary: 'Thường trực Hội đồng kiểm tra hồ sơ: đã kiểm tra (checked) hoặc trình Hội đồng (to_council) (cần version)',
    handler: ({ ctx, params, body }) => checkNomination(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/nominations/:id/override-deadline', tag: TAG, access: 'nomination.check', params: idParams, body: overrideDeadlineBody,
    summary: 'Cho phép nộp hồ sơ sau hạn của kế hoạch thi đua, nêu lý do (cơ quan ban hành kế hoạch; cần version)',
    handler: ({ ctx, params, body }) => overrideDeadline(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/nominations/:id/reevaluate', tag: TAG, access: 'nomination.write', params: idParams, body: versionBody,
    summary: 'Xét lại điều kiện và thẩm quyền theo lịch sử hiện tại, lưu kết quả mới (trước khi trình Hội đồng; cần version)',
    handler: ({ ctx, params, body }) => reevaluateNomination(ctx, params.id, body.version),
  }),
]
