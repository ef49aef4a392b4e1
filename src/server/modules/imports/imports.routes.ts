// Import of office documents: read a file into a structured draft to review, then apply it. Each kind
// of document has its own apply endpoint beside apply-plan (apply-decision, apply-nomination).
import { defineRoute } from '../../http/route.ts'
import { applyPlanBody } from './imports.schemas.ts'
import { parseUpload } from './parse-upload.ts'
import { applyPlan } from './apply-plan.ts'

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
]
