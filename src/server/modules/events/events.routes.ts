// Launch ceremonies (lễ phát động thi đua) and honouring conferences (hội nghị tuyên dương điển hình tiên tiến):
// the event, its delegate groups and attendees (cap, chairs, invitations, check-in, seats), its programme, the
// ceremony's pledge signing, the conference's honourees from award decisions, the budget from the commendation
// fund and its settlement, and the documents (invitations, programme, list, pledge, estimate, settlement).
import { defineRoute } from '../../http/route.ts'
import {
  addAttendeeBody, addHonoureesBody, addSignerBody, attendeeParams, budgetBody, createEventBody, documentParams, documentQuery, groupsBody, honoureeParams,
  idParams, listEventsQuery, programmeBody, settlementBody, signerParams, updateAttendeeBody, updateEventBody, versionBody, versionQuery,
} from './events.schemas.ts'
import { addAttendee } from './add-attendee.ts'
import { addHonourees } from './add-honourees.ts'
import { addPledgeSigner } from './add-pledge-signer.ts'
import { createEvent } from './create-event.ts'
import { downloadEventDocument } from './download-event-document.ts'
import { getEvent } from './get-event.ts'
import { issueInvitations } from './issue-invitations.ts'
import { listEvents } from './list-events.ts'
import { listHonoureeSources } from './list-honouree-sources.ts'
import { markHeld } from './mark-held.ts'
import { removeAttendee } from './remove-attendee.ts'
import { removeHonouree } from './remove-honouree.ts'
import { removePledgeSigner } from './remove-pledge-signer.ts'
import { saveBudget } from './save-budget.ts'
import { saveGroups } from './save-groups.ts'
import { saveProgramme } from './save-programme.ts'
import { settleEvent } from './settle-event.ts'
import { signPledge } from './sign-pledge.ts'
import { updateAttendee } from './update-attendee.ts'
import { updateEvent } from './update-event.ts'

const TAG = 'Sự kiện thi đua'

export const eventRoutes = [
  defineRoute({
    method: 'get', path: '/api/events', tag: TAG, access: 'event.read', query: listEventsQuery,
    summary: 'Lễ phát động, hội nghị tuyên dương của các đơn vị trong phạm vi (lọc theo loại, trạng thái, năm, kế hoạch), mới nhất trước',
    handler: ({ ctx, query }) => listEvents(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/events', tag: TAG, access: 'event.write', body: createEventBody, status: 201,
    summary: 'Lập lễ phát động thi đua hoặc hội nghị tuyên dương điển hình tiên tiến, từ cơ cấu thành phần và chương trình mẫu (hoặc của kế hoạch)',
    handler: ({ ctx, body }) => createEvent(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/events/:id', tag: TAG, access: 'event.read', params: idParams,
    summary: 'Chi tiết sự kiện: thành phần, đại biểu, chương trình, ký cam kết, tuyên dương, kinh phí và số dư quỹ',
    handler: ({ ctx, params }) => getEvent(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/events/:id', tag: TAG, access: 'event.write', params: idParams, body: updateEventBody,
    summary: 'Sửa thông tin sự kiện: tên, kế hoạch, ngày giờ, địa điểm, số đại biểu tối đa, số người chủ trì, nội dung cam kết (cần version)',
    handler: ({ ctx, params, body }) => updateEvent(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/events/:id/invitations', tag: TAG, access: 'event.write', params: idParams, body: versionBody,
    summary: 'Phát hành giấy mời cho các đại biểu chưa được mời (lần đầu: chuyển sang "Đã phát hành giấy mời"; cần version)',
    handler: ({ ctx, params, body }) => issueInvitations(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'post', path: '/api/events/:id/held', tag: TAG, access: 'event.write', params: idParams, body: versionBody,
    summary: 'Ghi nhận sự kiện đã tổ chức (từ ngày tổ chức; cần version)',
    handler: ({ ctx, params, body }) => markHeld(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'put', path: '/api/events/:id/groups', tag: TAG, access: 'event.write', params: idParams, body: groupsBody,
    summary: 'Lưu cơ cấu thành phần đại biểu theo thứ tự, số lượng dự kiến của từng thành phần (cần version)',
    handler: ({ ctx, params, body }) => saveGroups(ctx, params.id, body),
  }),
  defineRoute({
    method: 'put', path: '/api/events/:id/programme', tag: TAG, access: 'event.write', params: idParams, body: programmeBody,
    summary: 'Lưu chương trình theo thứ tự (sắp xếp lại là lưu theo thứ tự mới): nội dung, người thực hiện, thời lượng (cần version)',
    handler: ({ ctx, params, body }) => saveProgramme(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/events/:id/attendees', tag: TAG, access: 'event.write', params: idParams, body: addAttendeeBody, status: 201,
    summary: 'Mời một đại biểu (cá nhân trong danh sách hoặc nhập họ tên, chức vụ, đơn vị); quá số đại biểu tối đa hoặc số người chủ trì thì không ghi gì',
    handler: ({ ctx, params, body }) => addAttendee(ctx, params.id, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/events/:id/attendees/:attendeeId', tag: TAG, access: 'event.write', params: attendeeParams, body: updateAttendeeBody,
    summary: 'Sửa đại biểu: thành phần, vai trò, chức vụ, chỗ ngồi; điểm danh có mặt / vắng trong ngày tổ chức (cần version của đại biểu)',
    handler: ({ ctx, params, body }) => updateAttendee(ctx, params.id, params.attendeeId, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/events/:id/attendees/:attendeeId', tag: TAG, access: 'event.write', params: attendeeParams, query: versionQuery, status: 200,
    summary: 'Bớt đại biểu khỏi danh sách (người đã ký cam kết thì không; cần version của đại biểu)',
    handler: ({ ctx, params, query }) => removeAttendee(ctx, params.id, params.attendeeId, query.version),
  }),
  defineRoute({
    method: 'post', path: '/api/events/:id/pledge-signers', tag: TAG, access: 'event.write', params: idParams, body: addSignerBody, status: 201,
    summary: 'Thêm người ký cam kết thi đua (thay mặt chi bộ, đơn vị) hoặc người chứng kiến tại lễ phát động',
    handler: ({ ctx, params, body }) => addPledgeSigner(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/events/:id/pledge-signers/:signerId/signed', tag: TAG, access: 'event.write', params: signerParams, body: versionBody,
    summary: 'Ghi nhận đã ký cam kết tại buổi lễ (người ghi, thời điểm; cần version của dòng ký)',
    handler: ({ ctx, params, body }) => signPledge(ctx, params.id, params.signerId, body.version),
  }),
  defineRoute({
    method: 'delete', path: '/api/events/:id/pledge-signers/:signerId', tag: TAG, access: 'event.write', params: signerParams, status: 200,
    summary: 'Bỏ một dòng chưa ký khỏi danh sách ký cam kết',
    handler: ({ ctx, params }) => removePledgeSigner(ctx, params.id, params.signerId),
  }),
  defineRoute({
    method: 'get', path: '/api/events/:id/honouree-sources', tag: TAG, access: 'event.read', params: idParams,
    summary: 'Các quyết định khen thưởng đã ban hành của đơn vị và các dòng của chúng, để chọn người được tuyên dương tại hội nghị',
    handler: ({ ctx, params }) => listHonoureeSources(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/events/:id/honourees', tag: TAG, access: 'event.write', params: idParams, body: addHonoureesBody, status: 201,
    summary: 'Tuyên dương các dòng của một quyết định khen thưởng đã ban hành: mời họ dự hội nghị (trong số đại biểu tối đa)',
    handler: ({ ctx, params, body }) => addHonourees(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/events/:id/honourees/:honoureeId', tag: TAG, access: 'event.write', params: honoureeParams, status: 200,
    summary: 'Bỏ một người khỏi danh sách tuyên dương (và khỏi danh sách đại biểu nếu chỉ dự với vai trò đó)',
    handler: ({ ctx, params }) => removeHonouree(ctx, params.id, params.honoureeId),
  }),
  defineRoute({
    method: 'put', path: '/api/events/:id/budget', tag: TAG, access: 'event.write', params: idParams, body: budgetBody,
    summary: 'Lưu dự toán kinh phí (nội dung, số lượng, đơn giá); dòng làm dự toán vượt số dư quỹ thi đua, khen thưởng bị từ chối (cần version)',
    handler: ({ ctx, params, body }) => saveBudget(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/events/:id/settlement', tag: TAG, access: 'event.write', params: idParams, body: settlementBody,
    summary: 'Quyết toán: số thực chi từng dòng, ghi chi vào sổ quỹ thi đua, khen thưởng gắn với sự kiện, trong một giao dịch (cần version)',
    handler: ({ ctx, params, body }) => settleEvent(ctx, params.id, body),
  }),
  defineRoute({
    method: 'get', path: '/api/events/:id/documents/:document', tag: TAG, access: 'event.read', params: documentParams, query: documentQuery,
    summary: 'Tài liệu của sự kiện (Word, PDF; danh sách đại biểu cả Excel): giấy mời (mỗi đại biểu một trang, hoặc một đại biểu), chương trình, danh sách, bản cam kết, dự toán, quyết toán',
    handler: ({ ctx, params, query }) => downloadEventDocument(ctx, params.id, params.document, query),
  }),
]
