// Registrations (đăng ký thi đua): a unit registers its targets and commitments for a campaign or the year,
// the level above approves or returns them, a level consolidates its children's and sends the totals up;
// who has not registered and the reminders; the registration and the cluster's pledge as Word/PDF.
import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import {
  consolidateBody, createRegistrationBody, documentQuery, listRegistrationsQuery, missingQuery, pledgeQuery, remindBody, returnRegistrationBody,
  updateRegistrationBody, versionBody,
} from './registrations.schemas.ts'
import { listRegistrations } from './list-registrations.ts'
import { getRegistration } from './get-registration.ts'
import { createRegistration } from './create-registration.ts'
import { updateRegistration } from './update-registration.ts'
import { submitRegistration } from './submit-registration.ts'
import { reviewRegistration } from './review-registration.ts'
import { consolidateRegistrations } from './consolidate-registrations.ts'
import { listMissing } from './list-missing.ts'
import { remindRegistration } from './remind-registration.ts'
import { downloadPledge, downloadRegistration } from './registration-documents.ts'

const TAG = 'Đăng ký thi đua'

// The fixed paths come before /:id.
export const registrationRoutes = [
  defineRoute({
    method: 'get', path: '/api/registrations', tag: TAG, access: 'registration.read', query: listRegistrationsQuery,
    summary: 'Bản đăng ký thi đua của các đơn vị trong phạm vi (lọc theo kế hoạch, năm, trạng thái), mới nhất trước',
    handler: ({ ctx, query }) => listRegistrations(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/registrations', tag: TAG, access: 'registration.write', body: createRegistrationBody, status: 201,
    summary: 'Lập dự thảo bản đăng ký thi đua của đơn vị (theo kế hoạch thi đua còn nhận đăng ký hoặc theo năm): danh hiệu, hình thức và nội dung cam kết',
    handler: ({ ctx, body }) => createRegistration(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/registrations/missing', tag: TAG, access: 'registration.read', query: missingQuery,
    summary: 'Đơn vị chưa đăng ký thi đua: theo kế hoạch (các đơn vị được gửi kế hoạch, theo từng cấp) hoặc theo năm (đơn vị trực thuộc), kèm số lần đã nhắc',
    handler: ({ ctx, query }) => listMissing(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/registrations/reminders', tag: TAG, access: 'registration.approve', body: remindBody, status: 201,
    summary: 'Nhắc đơn vị trực thuộc đăng ký thi đua (ghi lại và lưu nhật ký)',
    handler: ({ ctx, body }) => remindRegistration(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/registrations/consolidate', tag: TAG, access: 'registration.write', body: consolidateBody, status: 201,
    summary: 'Lập (hoặc tổng hợp lại) bản tổng hợp đăng ký thi đua của cấp mình từ các bản đăng ký đã duyệt của đơn vị trực thuộc',
    handler: ({ ctx, body }) => consolidateRegistrations(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/registrations/pledge', tag: TAG, access: 'registration.read', query: pledgeQuery,
    summary: 'Bản giao ước thi đua của cụm, khối thi đua (Word hoặc PDF): các đơn vị thành viên, nội dung cam kết và chữ ký của từng đơn vị',
    handler: ({ ctx, query }) => downloadPledge(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/registrations/:id', tag: TAG, access: 'registration.read', params: idParams,
    summary: 'Chi tiết bản đăng ký thi đua: danh hiệu, cam kết, trạng thái, lịch sử, hạn đăng ký',
    handler: ({ ctx, params }) => getRegistration(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/registrations/:id', tag: TAG, access: 'registration.write', params: idParams, body: updateRegistrationBody,
    summary: 'Sửa bản đăng ký dự thảo hoặc bị trả lại (cần version)',
    handler: ({ ctx, params, body }) => updateRegistration(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/registrations/:id/submit', tag: TAG, access: 'registration.write', params: idParams, body: versionBody,
    summary: 'Gửi bản đăng ký lên cấp trên chờ duyệt (trong hạn đăng ký của kế hoạch; cần version)',
    handler: ({ ctx, params, body }) => submitRegistration(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'post', path: '/api/registrations/:id/return', tag: TAG, access: 'registration.approve', params: idParams, body: returnRegistrationBody,
    summary: 'Cấp trên trả lại bản đăng ký, nêu lý do (cần version)',
    handler: ({ ctx, params, body }) => reviewRegistration(ctx, params.id, { version: body.version, outcome: 'returned', reason: body.reason }),
  }),
  defineRoute({
    method: 'post', path: '/api/registrations/:id/approve', tag: TAG, access: 'registration.approve', params: idParams, body: versionBody,
    summary: 'Cấp trên duyệt bản đăng ký thi đua của đơn vị trực thuộc (cần version)',
    handler: ({ ctx, params, body }) => reviewRegistration(ctx, params.id, { version: body.version, outcome: 'approved' }),
  }),
  defineRoute({
    method: 'get', path: '/api/registrations/:id/document', tag: TAG, access: 'registration.read', params: idParams, query: documentQuery,
    summary: 'Bản đăng ký thi đua theo Nghị định 30 (Word hoặc PDF)',
    handler: ({ ctx, params, query }) => downloadRegistration(ctx, params.id, query.format),
  }),
]
