// The honour board (bảng vinh danh): the officer keeps exemplars (gương điển hình: người tốt việc tốt, điển hình
// tiên tiến, mô hình hay, sáng kiến) with their story, photo, registry awards and decision, publishes and withdraws
// them; the public reads the published ones without an account.
import { defineRoute, definePublicRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { createExemplarBody, listExemplarsQuery, photoVersionQuery, publicHonoursQuery, updateExemplarBody, versionBody, withdrawExemplarBody } from './honours.schemas.ts'
import { getExemplar, listExemplars } from './list-exemplars.ts'
import { createExemplar } from './create-exemplar.ts'
import { updateExemplar } from './update-exemplar.ts'
import { publishExemplar, withdrawExemplar } from './publish-exemplar.ts'
import { officerExemplarPhoto, removeExemplarPhoto, uploadExemplarPhoto } from './exemplar-photo.ts'
import { getPublicExemplar, listPublicHonours, publicExemplarPhoto } from './public-honours.ts'

const TAG = 'Bảng vinh danh'

export const honourRoutes = [
  defineRoute({
    method: 'get', path: '/api/honours', tag: TAG, access: 'honour.manage', query: listExemplarsQuery,
    summary: 'Gương điển hình của các đơn vị trong phạm vi (lọc theo trạng thái, loại, năm, tìm không dấu), cả dự thảo và đã gỡ',
    handler: ({ ctx, query }) => listExemplars(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/honours', tag: TAG, access: 'honour.manage', body: createExemplarBody, status: 201,
    summary: 'Lập dự thảo gương điển hình: loại, người/tập thể/hộ trong danh sách hoặc tên nhập tay, tiêu đề, tóm tắt, câu chuyện, năm, khen thưởng trong sổ và quyết định',
    handler: ({ ctx, body }) => createExemplar(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/honours/:id', tag: TAG, access: 'honour.manage', params: idParams,
    summary: 'Chi tiết gương điển hình: nội dung, ảnh, khen thưởng gắn kèm, quyết định, trạng thái và địa chỉ công khai',
    handler: ({ ctx, params }) => getExemplar(ctx, params.id),
  }),
  defineRoute({
    method: 'put', path: '/api/honours/:id', tag: TAG, access: 'honour.manage', params: idParams, body: updateExemplarBody,
    summary: 'Sửa nội dung gương điển hình (cần version; sửa được cả khi đang công bố, nhật ký giữ nội dung cũ)',
    handler: ({ ctx, params, body }) => updateExemplar(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/honours/:id/publish', tag: TAG, access: 'honour.manage', params: idParams, body: versionBody,
    summary: 'Công bố gương điển hình lên bảng vinh danh công khai (dự thảo hoặc đã gỡ; cần version)',
    handler: ({ ctx, params, body }) => publishExemplar(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'post', path: '/api/honours/:id/withdraw', tag: TAG, access: 'honour.manage', params: idParams, body: withdrawExemplarBody,
    summary: 'Gỡ gương điển hình khỏi bảng vinh danh, nêu lý do (cần version)',
    handler: ({ ctx, params, body }) => withdrawExemplar(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/honours/:id/photo', tag: TAG, access: 'honour.manage', params: idParams, query: photoVersionQuery, upload: true,
    summary: 'Tải ảnh của gương điển hình (JPEG, PNG hoặc WebP nhận biết từ nội dung tệp; giới hạn TDKT_UPLOAD_LIMIT_MB; cần version)',
    handler: ({ ctx, params, query, file }) => uploadExemplarPhoto(ctx, params.id, query.version, file!),
  }),
  defineRoute({
    method: 'delete', path: '/api/honours/:id/photo', tag: TAG, access: 'honour.manage', params: idParams, query: photoVersionQuery,
    summary: 'Bỏ ảnh của gương điển hình (cần version)',
    handler: ({ ctx, params, query }) => removeExemplarPhoto(ctx, params.id, query.version),
  }),
  defineRoute({
    method: 'get', path: '/api/honours/:id/photo', tag: TAG, access: 'honour.manage', params: idParams,
    summary: 'Ảnh của gương điển hình (cả khi còn dự thảo), đúng loại ảnh đã nhận biết khi tải lên',
    handler: ({ ctx, params }) => officerExemplarPhoto(ctx, params.id),
  }),
  definePublicRoute({
    method: 'get', path: '/api/public/honours', tag: TAG, access: 'public', query: publicHonoursQuery,
    summary: 'Bảng vinh danh công khai (không cần đăng nhập): gương đã công bố theo loại, năm, tìm không dấu, phân trang; số gương theo loại và năm',
    handler: ({ ctx, query }) => listPublicHonours(ctx, query),
  }),
  definePublicRoute({
    method: 'get', path: '/api/public/honours/:id', tag: TAG, access: 'public', params: idParams,
    summary: 'Một gương đã công bố: câu chuyện, đơn vị, khen thưởng trong sổ (hình thức, số và ngày quyết định — không có CCCD, ngày sinh, địa chỉ) và đường dẫn xác minh giấy khen',
    handler: ({ ctx, params }) => getPublicExemplar(ctx, params.id),
  }),
  definePublicRoute({
    method: 'get', path: '/api/public/honours/:id/photo', tag: TAG, access: 'public', params: idParams,
    summary: 'Ảnh của một gương đã công bố',
    handler: ({ ctx, params }) => publicExemplarPhoto(ctx, params.id),
  }),
]
