import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import {
  answerCampaignBody, calendarQuery, createCampaignBody, eventDateBody, eventDateParams, issueCampaignBody, listCampaignsQuery,
  previewBody, registerSettingsBody, registersQuery, transitionCampaignBody, updateCampaignBody,
} from './campaigns.schemas.ts'
import { listCampaigns } from './list-campaigns.ts'
import { getCampaign } from './get-campaign.ts'
import { createCampaign } from './create-campaign.ts'
import { updateCampaign } from './update-campaign.ts'
import { issueCampaign } from './issue-campaign.ts'
import { transitionCampaign } from './transition-campaign.ts'
import { amendCampaign } from './amend-campaign.ts'
import { answerCampaign } from './answer-campaign.ts'
import { setEventDate } from './set-event-date.ts'
import { getCascade } from './get-cascade.ts'
import { listAnswerTasks } from './list-answer-tasks.ts'
import { getCalendar } from './get-calendar.ts'
import { downloadCampaignDocument, getCampaignDocument, previewCampaignDocument } from './campaign-document.ts'
import { listIssuerRegisters } from './list-registers.ts'
import { saveRegisterSettings } from './save-register-settings.ts'

const TAG = 'Kế hoạch thi đua'

// Fixed paths (/tasks, /preview) come before /:id.
export const campaignRoutes = [
  defineRoute({
    method: 'get', path: '/api/campaigns', tag: TAG, access: 'campaign.read', query: listCampaignsQuery,
    summary: 'Kế hoạch trong phạm vi (dự thảo của đơn vị mình; kế hoạch đã ban hành gửi đến đơn vị mình), mới nhất trước',
    handler: ({ ctx, query }) => listCampaigns(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/campaigns/tasks', tag: TAG, access: 'campaign.read',
    summary: 'Kế hoạch triển khai các đơn vị trong phạm vi còn phải xây dựng (chưa làm, đang soạn, trễ hạn)',
    handler: ({ ctx }) => listAnswerTasks(ctx),
  }),
  defineRoute({
    method: 'post', path: '/api/campaigns/preview', tag: TAG, access: 'campaign.read', body: previewBody,
    summary: 'Xem trước văn bản kế hoạch chưa lưu (mô hình văn bản theo Nghị định 30; không ghi dữ liệu)',
    handler: ({ ctx, body }) => previewCampaignDocument(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/campaigns', tag: TAG, access: 'campaign.write', body: createCampaignBody, status: 201,
    summary: 'Lập dự thảo kế hoạch',
    handler: ({ ctx, body }) => createCampaign(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/campaigns/:id', tag: TAG, access: 'campaign.read', params: idParams,
    summary: 'Chi tiết kế hoạch: nội dung, kế hoạch cấp trên, nơi nhận và tình trạng kế hoạch triển khai, ngày sự kiện',
    handler: ({ ctx, params }) => getCampaign(ctx, params.id),
  }),
  defineRoute({
    method: 'put', path: '/api/campaigns/:id', tag: TAG, access: 'campaign.write', params: idParams, body: updateCampaignBody,
    summary: 'Lưu dự thảo (cần version); kế hoạch đã ban hành không sửa được',
    handler: ({ ctx, params, body }) => updateCampaign(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/campaigns/:id/issue', tag: TAG, access: 'campaign.issue', params: idParams, body: issueCampaignBody,
    summary: 'Ban hành: lấy số từ sổ đăng ký của cơ quan ban hành (hoặc số nhập tay còn trống), giao nhiệm vụ xây dựng kế hoạch triển khai',
    handler: ({ ctx, params, body }) => issueCampaign(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/campaigns/:id/transition', tag: TAG, access: 'campaign.write', params: idParams, body: transitionCampaignBody,
    summary: 'Chuyển trạng thái: đang triển khai → đã sơ kết → đã tổng kết (chỉ chuyển tiếp)',
    handler: ({ ctx, params, body }) => transitionCampaign(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/campaigns/:id/amend', tag: TAG, access: 'campaign.write', params: idParams, status: 201,
    summary: 'Lập dự thảo kế hoạch sửa đổi, bổ sung một kế hoạch đã ban hành',
    handler: ({ ctx, params }) => amendCampaign(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/campaigns/:id/answer', tag: TAG, access: 'campaign.write', params: idParams, body: answerCampaignBody, status: 201,
    summary: 'Đơn vị nhận lập dự thảo kế hoạch triển khai, điền sẵn từ kế hoạch cấp trên',
    handler: ({ ctx, params, body }) => answerCampaign(ctx, params.id, body.organizationId),
  }),
  defineRoute({
    method: 'put', path: '/api/campaigns/:id/events/:eventId', tag: TAG, access: 'campaign.write', params: eventDateParams, body: eventDateBody,
    summary: 'Nhập (hoặc bỏ) ngày diễn ra một sự kiện của kế hoạch đã ban hành; các thời hạn tính theo sự kiện được cập nhật',
    handler: ({ ctx, params, body }) => setEventDate(ctx, params.id, params.eventId, body.date),
  }),
  defineRoute({
    method: 'get', path: '/api/campaigns/:id/cascade', tag: TAG, access: 'campaign.read', params: idParams,
    summary: 'Cây triển khai: đơn vị nhận, tình trạng kế hoạch triển khai (đã ban hành, đang soạn, chưa làm, trễ hạn), lần lượt từng cấp',
    handler: ({ ctx, params }) => getCascade(ctx, params.id),
  }),
  defineRoute({
    method: 'get', path: '/api/campaigns/:id/document', tag: TAG, access: 'campaign.read', params: idParams,
    summary: 'Mô hình văn bản kế hoạch (xem trước)',
    handler: ({ ctx, params }) => getCampaignDocument(ctx, params.id),
  }),
  defineRoute({
    method: 'get', path: '/api/campaigns/:id/document.docx', tag: TAG, access: 'campaign.read', params: idParams,
    summary: 'Tải văn bản kế hoạch dạng Word (DOCX)',
    handler: ({ ctx, params }) => downloadCampaignDocument(ctx, params.id, 'docx'),
  }),
  defineRoute({
    method: 'get', path: '/api/campaigns/:id/document.pdf', tag: TAG, access: 'campaign.read', params: idParams,
    summary: 'Tải văn bản kế hoạch dạng PDF',
    handler: ({ ctx, params }) => downloadCampaignDocument(ctx, params.id, 'pdf'),
  }),
  defineRoute({
    method: 'get', path: '/api/calendar', tag: TAG, access: 'campaign.read', query: calendarQuery,
    summary: 'Lịch: giai đoạn, sơ kết, tổng kết, thời hạn, sự kiện, lễ phát động, hạn xây dựng kế hoạch triển khai của các kế hoạch đã ban hành',
    handler: ({ ctx, query }) => getCalendar(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/registers', tag: TAG, access: 'campaign.read', query: registersQuery,
    summary: 'Sổ đăng ký văn bản của một cơ quan ban hành: số cuối cùng đã cấp theo loại văn bản và kỳ (năm hoặc nhiệm kỳ)',
    handler: ({ ctx, query }) => listIssuerRegisters(ctx, query.issuerId, query.year),
  }),
  defineRoute({
    method: 'put', path: '/api/registers/settings', tag: TAG, access: 'campaign.issue', body: registerSettingsBody,
    summary: 'Đặt cách đánh số lại của sổ đăng ký: theo năm, hoặc theo nhiệm kỳ cấp ủy (kèm nhiệm kỳ hiện hành)',
    handler: ({ ctx, body }) => saveRegisterSettings(ctx, body),
  }),
]
