// The emulation-commendation council (Hội đồng Thi đua – Khen thưởng): its members, sessions with their
// agenda, recusals and attendance, the online secret ballot, absentees' written opinions, the close with the
// tally and the quota re-check, and the minutes.
import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import {
  addItemBody, attendanceBody, ballotBody, councilQuery, createCouncilBody, createMemberBody, createSessionBody, memberParams, recusalBody, recusalParams,
  sessionVersionBody, updateCouncilBody, updateMemberBody, versionQuery, writtenOpinionBody,
} from './council.schemas.ts'
import { getCouncil, getCouncilOfOrganization } from './get-council.ts'
import { createCouncil } from './create-council.ts'
import { updateCouncil } from './update-council.ts'
import { addMember } from './add-member.ts'
import { updateMember } from './update-member.ts'
import { deleteMember } from './delete-member.ts'
import { createSession } from './create-session.ts'
import { getSession, listMyOpenSessions } from './get-session.ts'
import { listEligibleNominations } from './eligible-nominations.ts'
import { addAgendaItem } from './add-agenda-item.ts'
import { removeAgendaItem } from './remove-agenda-item.ts'
import { addRecusal, removeRecusal } from './recusals.ts'
import { setAttendance } from './set-attendance.ts'
import { openSession } from './open-session.ts'
import { castBallot } from './cast-ballot.ts'
import { getMyBallot } from './my-ballot.ts'
import { recordWrittenOpinion } from './record-written-opinion.ts'
import { closeSession } from './close-session.ts'
import { downloadMinutes } from './download-minutes.ts'

const TAG = 'Hội đồng Thi đua – Khen thưởng'

// Fixed paths (/mine) come before /:id.
export const councilRoutes = [
  defineRoute({
    method: 'get', path: '/api/councils', tag: TAG, access: 'council.read', query: councilQuery,
    summary: 'Hội đồng của một đơn vị trong phạm vi (mặc định đơn vị của tài khoản): quy chế (tỷ lệ dự họp, tỷ lệ biểu quyết — chưa xác nhận, do Hội đồng quy định), thành viên, các phiên họp; null khi chưa thành lập',
    handler: ({ ctx, query }) => getCouncilOfOrganization(ctx, query.organizationId),
  }),
  defineRoute({
    method: 'post', path: '/api/councils', tag: TAG, access: 'council.manage', body: createCouncilBody, status: 201,
    summary: 'Thành lập Hội đồng của một đơn vị (mỗi đơn vị một Hội đồng; Nghị định 98/2023/NĐ-CP, Điều 49)',
    handler: ({ ctx, body }) => createCouncil(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/councils/:id', tag: TAG, access: 'council.read', params: idParams,
    summary: 'Chi tiết Hội đồng: quy chế, thành viên, các phiên họp',
    handler: ({ ctx, params }) => getCouncil(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/councils/:id', tag: TAG, access: 'council.manage', params: idParams, body: updateCouncilBody,
    summary: 'Sửa tên, quyết định thành lập, tỷ lệ dự họp và tỷ lệ biểu quyết theo quy chế Hội đồng (cần version)',
    handler: ({ ctx, params, body }) => updateCouncil(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/councils/:id/members', tag: TAG, access: 'council.manage', params: idParams, body: createMemberBody, status: 201,
    summary: 'Thêm thành viên: chức danh, tài khoản bỏ phiếu (trong phạm vi, vai trò được bỏ phiếu), cá nhân, đơn vị do thành viên đứng đầu (để tự động miễn biểu quyết)',
    handler: ({ ctx, params, body }) => addMember(ctx, params.id, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/council-members/:id', tag: TAG, access: 'council.manage', params: idParams, body: updateMemberBody,
    summary: 'Sửa thành viên Hội đồng hoặc cho thôi là thành viên (active: false); không sửa khi đang có phiên bỏ phiếu (cần version)',
    handler: ({ ctx, params, body }) => updateMember(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/council-members/:id', tag: TAG, access: 'council.manage', params: idParams, query: versionQuery, status: 204,
    summary: 'Xóa thành viên nhập nhầm, chưa có tên trong phiên họp nào (cần version)',
    handler: ({ ctx, params, query }) => deleteMember(ctx, params.id, query.version),
  }),
  defineRoute({
    method: 'post', path: '/api/councils/:id/sessions', tag: TAG, access: 'council.manage', params: idParams, body: createSessionBody, status: 201,
    summary: 'Lập phiên họp (đang chuẩn bị): tên, ngày họp, địa điểm',
    handler: ({ ctx, params, body }) => createSession(ctx, params.id, body),
  }),
  defineRoute({
    method: 'get', path: '/api/council-sessions/mine', tag: TAG, access: 'council.vote',
    summary: 'Các phiên họp đang bỏ phiếu của Hội đồng mà tài khoản là thành viên',
    handler: ({ ctx }) => listMyOpenSessions(ctx),
  }),
  defineRoute({
    method: 'get', path: '/api/council-sessions/:id', tag: TAG, access: 'council.read', params: idParams,
    summary: 'Chi tiết phiên họp: thành phần và điểm danh, số thành viên cần có mặt, chương trình (ngưỡng biểu quyết, miễn biểu quyết), số phiếu đã nhận; số phiếu từng loại và kết quả chỉ có sau khi kết thúc; kiểm tra tỷ lệ khen thưởng trước khi kết thúc',
    handler: ({ ctx, params }) => getSession(ctx, params.id),
  }),
  defineRoute({
    method: 'get', path: '/api/council-sessions/:id/eligible-nominations', tag: TAG, access: 'council.manage', params: idParams,
    summary: 'Đề nghị có thể đưa vào chương trình: của đơn vị trong phạm vi Hội đồng, đã trình/đã kiểm tra/trình Hội đồng hoặc cấp dưới trình lên, thuộc thẩm quyền cấp này hoặc cấp trên, chưa ở phiên họp khác chưa kết thúc',
    handler: ({ ctx, params }) => listEligibleNominations(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/council-sessions/:id/items', tag: TAG, access: 'council.manage', params: idParams, body: addItemBody, status: 201,
    summary: 'Đưa một đề nghị vào chương trình phiên họp đang chuẩn bị: ghi ngưỡng biểu quyết, tự động miễn biểu quyết, chuyển đề nghị sang "Trình Hội đồng"',
    handler: ({ ctx, params, body }) => addAgendaItem(ctx, params.id, body.nominationId),
  }),
  defineRoute({
    method: 'delete', path: '/api/council-items/:id', tag: TAG, access: 'council.manage', params: idParams,
    summary: 'Bỏ một nội dung khỏi chương trình phiên họp đang chuẩn bị (đề nghị vẫn ở "Trình Hội đồng")',
    handler: ({ ctx, params }) => removeAgendaItem(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/council-items/:id/recusals', tag: TAG, access: 'council.manage', params: idParams, body: recusalBody, status: 201,
    summary: 'Miễn biểu quyết một thành viên cho nội dung này, nêu lý do (trước khi thành viên biểu quyết)',
    handler: ({ ctx, params, body }) => addRecusal(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/council-items/:id/recusals/:memberId', tag: TAG, access: 'council.manage', params: recusalParams,
    summary: 'Gỡ việc miễn biểu quyết do Chủ tịch Hội đồng quyết định (không gỡ miễn biểu quyết tự động)',
    handler: ({ ctx, params }) => removeRecusal(ctx, params.id, params.memberId),
  }),
  defineRoute({
    method: 'put', path: '/api/council-sessions/:id/attendance/:memberId', tag: TAG, access: 'council.manage', params: memberParams, body: attendanceBody,
    summary: 'Điểm danh một thành viên: có mặt hoặc vắng mặt (khi đang chuẩn bị hoặc đang bỏ phiếu)',
    handler: ({ ctx, params, body }) => setAttendance(ctx, params.id, params.memberId, body.present),
  }),
  defineRoute({
    method: 'post', path: '/api/council-sessions/:id/open', tag: TAG, access: 'council.manage', params: idParams, body: sessionVersionBody,
    summary: 'Khai mạc bỏ phiếu: kiểm tra số thành viên có mặt theo quy chế, chốt tổng số thành viên làm mẫu số của mọi tỷ lệ (cần version)',
    handler: ({ ctx, params, body }) => openSession(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'get', path: '/api/council-sessions/:id/my-ballot', tag: TAG, access: 'council.vote', params: idParams,
    summary: 'Phiếu của thành viên: các nội dung, đã bỏ phiếu hay chưa (không bao giờ cho biết đã chọn gì), nội dung được miễn biểu quyết',
    handler: ({ ctx, params }) => getMyBallot(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/council-items/:id/ballot', tag: TAG, access: 'council.vote', params: idParams, body: ballotBody,
    summary: 'Bỏ phiếu kín bằng tài khoản của chính thành viên có mặt: đồng ý, không đồng ý hoặc không biểu quyết; mỗi thành viên một lần; không lưu ai chọn gì, lúc nào',
    handler: ({ ctx, params, body }) => castBallot(ctx, params.id, body.choice),
  }),
  defineRoute({
    method: 'put', path: '/api/council-items/:id/written-opinion', tag: TAG, access: 'council.manage', params: idParams, body: writtenOpinionBody,
    summary: 'Ghi ý kiến bằng văn bản của thành viên vắng mặt về nội dung này (khi đang bỏ phiếu); được tính vào kết quả và ghi tên trong biên bản',
    handler: ({ ctx, params, body }) => recordWrittenOpinion(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/council-sessions/:id/close', tag: TAG, access: 'council.manage', params: idParams, body: sessionVersionBody,
    summary: 'Kết thúc phiên họp: kiểm phiếu (phiếu kín và ý kiến bằng văn bản) theo tỷ lệ trên tổng số thành viên, kiểm tra lại tỷ lệ khen thưởng, chuyển từng đề nghị sang thông qua/không thông qua kèm lý do (cần version)',
    handler: ({ ctx, params, body }) => closeSession(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'get', path: '/api/council-sessions/:id/minutes.docx', tag: TAG, access: 'council.read', params: idParams,
    summary: 'Biên bản họp Hội đồng (Word), sau khi kết thúc phiên họp',
    handler: ({ ctx, params }) => downloadMinutes(ctx, params.id, 'docx'),
  }),
  defineRoute({
    method: 'get', path: '/api/council-sessions/:id/minutes.pdf', tag: TAG, access: 'council.read', params: idParams,
    summary: 'Biên bản họp Hội đồng (PDF), sau khi kết thúc phiên họp',
    handler: ({ ctx, params }) => downloadMinutes(ctx, params.id, 'pdf'),
  }),
]
