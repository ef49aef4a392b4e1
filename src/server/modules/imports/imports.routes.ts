// Import of office documents: read a file into a structured draft to review, then apply it. Each kind
// of document has its own apply endpoint beside apply-plan (apply-decision, apply-nomination).
import { defineRoute } from '../../http/route.ts'
import { applyDecisionBody, applyNominationBody, applyPlanBody, previewDecisionBody, previewNominationBody } from './imports.schemas.ts'
import { parseUpload } from './parse-upload.ts'
import { applyPlan } from './apply-plan.ts'
import { previewDecision } from './preview-decision.ts'
import { applyDecision } from './apply-decision.ts'
import { previewNomination } from './preview-nomination.ts'
import { applyNomination } from './apply-nomination.ts'

export const importRoutes = [
  defineRoute({
    method: 'post', path: '/api/imports/parse', tag: 'Nhập văn bản', access: 'document.import', upload: true,
    summary: 'Đọc tệp Word (.docx), PDF có lớp chữ hoặc văn bản (.txt) thành các trường có cấu trúc, kèm vị trí trong văn bản (không ghi dữ liệu)',
    handler: ({ ctx, file }) => parseUpload(file!, ctx.config.uploadLimitBytes),
  }),
  defineRoute({
    method: 'post', path: '/api/imports/apply-plan', tag: 'Nhập văn bản', access: 'campaign.write', body: applyPlanBody, status: 201,
    summary: 'Tạo dự thảo kế hoạch thi đua từ kế hoạch đã đọc (các trường đã soát, sửa); trả về dự thảo và các cảnh báo',
    handler: ({ ctx, body }) => applyPlan(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/imports/preview-decision', tag: 'Nhập văn bản', access: 'history.write', body: previewDecisionBody,
    summary: 'Đối chiếu quyết định khen thưởng đã đọc với sổ khen thưởng: mỗi người, tập thể được khen với dòng đề xuất (mã danh hiệu, hình thức, năm, quyết định), đối tượng đã khớp trong phạm vi hoặc các ứng viên, cảnh báo trùng (không ghi dữ liệu)',
    handler: ({ ctx, body }) => previewDecision(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/imports/apply-decision', tag: 'Nhập văn bản', access: 'history.write', body: applyDecisionBody, status: 201,
    summary: 'Ghi vào sổ khen thưởng các dòng đã chọn của một quyết định (một giao dịch, một mục nhật ký); từ chối toàn bộ nếu có đối tượng ngoài phạm vi; trả về số dòng đã ghi và các dòng bỏ qua kèm lý do',
    handler: ({ ctx, body }) => applyDecision(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/imports/preview-nomination', tag: 'Nhập văn bản', access: 'nomination.write', body: previewNominationBody,
    summary: 'Đọc tờ trình hoặc báo cáo thành tích thành các dòng đề nghị khen thưởng: mỗi người, tập thể được đề nghị với danh hiệu, hình thức (mã danh mục), thành tích, năm và đối tượng đã khớp trong phạm vi hoặc các ứng viên (không ghi dữ liệu)',
    handler: ({ ctx, body }) => previewNomination(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/imports/apply-nomination', tag: 'Nhập văn bản', access: 'nomination.write', body: applyNominationBody, status: 201,
    summary: 'Tạo dự thảo đề nghị khen thưởng từ các dòng đã chọn của tờ trình, báo cáo thành tích (một giao dịch, một mục nhật ký); từ chối toàn bộ nếu đơn vị hoặc đối tượng ngoài phạm vi; trả về các đề nghị đã tạo và các dòng bỏ qua kèm lý do',
    handler: ({ ctx, body }) => applyNomination(ctx, body),
  }),
]
