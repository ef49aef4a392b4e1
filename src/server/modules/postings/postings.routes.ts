// Public posting (công khai) of the proposed list: the officer posts the nominations the council passed, the
// public reads the list and comments without an account, the officer resolves every comment before the decision.
import { defineRoute, definePublicRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { commentParams, createPostingBody, listPostingsQuery, publicCommentBody, resolveCommentBody, withdrawPostingBody } from './postings.schemas.ts'
import { listPostings } from './list-postings.ts'
import { listClosedSessions } from './list-closed-sessions.ts'
import { createPosting } from './create-posting.ts'
import { getPosting } from './get-posting.ts'
import { resolveComment } from './resolve-comment.ts'
import { withdrawPosting } from './withdraw-posting.ts'
import { getPublicPosting } from './public-posting.ts'
import { submitPublicComment } from './submit-public-comment.ts'

const TAG = 'Công khai danh sách'

// The fixed path /council-sessions comes before /:id.
export const postingRoutes = [
  defineRoute({
    method: 'get', path: '/api/postings', tag: TAG, access: 'posting.manage', query: listPostingsQuery,
    summary: 'Danh sách công khai của các cơ quan trong phạm vi, mới nhất trước: thời gian, tình trạng, số đề nghị, số góp ý và số góp ý chưa xử lý',
    handler: ({ ctx, query }) => listPostings(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/postings/council-sessions', tag: TAG, access: 'posting.manage',
    summary: 'Các phiên họp Hội đồng TĐKT đã kết thúc trong phạm vi, với số đề nghị được thông qua (để công khai cả phiên)',
    handler: ({ ctx }) => listClosedSessions(ctx),
  }),
  defineRoute({
    method: 'post', path: '/api/postings', tag: TAG, access: 'posting.manage', body: createPostingBody, status: 201,
    summary: 'Công khai danh sách đề nghị đã được Hội đồng thông qua (chọn từng đề nghị hoặc cả một phiên họp đã kết thúc) trong thời gian từ ngày đến ngày',
    handler: ({ ctx, body }) => createPosting(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/postings/:id', tag: TAG, access: 'posting.manage', params: idParams,
    summary: 'Chi tiết danh sách công khai: các đề nghị, góp ý của nhân dân và kết quả xử lý, đường dẫn công khai',
    handler: ({ ctx, params }) => getPosting(ctx, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/postings/:id/comments/:commentId/resolve', tag: TAG, access: 'posting.manage', params: commentParams, body: resolveCommentBody,
    summary: 'Ghi kết quả xử lý một góp ý (người xử lý và thời điểm được lưu; từ chối nếu góp ý đã được xử lý)',
    handler: ({ ctx, params, body }) => resolveComment(ctx, params.id, params.commentId, body),
  }),
  defineRoute({
    method: 'post', path: '/api/postings/:id/withdraw', tag: TAG, access: 'posting.manage', params: idParams, body: withdrawPostingBody,
    summary: 'Thu hồi danh sách công khai (cần version và lý do): trang công khai không còn hiển thị, danh sách không còn được tính khi quyết định',
    handler: ({ ctx, params, body }) => withdrawPosting(ctx, params.id, body),
  }),
  definePublicRoute({
    method: 'get', path: '/api/public/postings/:id', tag: TAG, access: 'public', params: idParams,
    summary: 'Trang công khai (không cần đăng nhập): cơ quan, tiêu đề, thời gian công khai, có đang nhận góp ý không, danh sách (họ tên, chức vụ, đơn vị hoặc địa chỉ, danh hiệu/hình thức, thành tích)',
    handler: ({ ctx, params }) => getPublicPosting(ctx.db, params.id),
  }),
  definePublicRoute({
    method: 'post', path: '/api/public/postings/:id/comments', tag: TAG, access: 'public', params: idParams, body: publicCommentBody, status: 201,
    summary: 'Gửi góp ý về danh sách đang công khai (không cần đăng nhập; giới hạn số lần gửi theo địa chỉ)',
    handler: ({ ctx, params, body }) => submitPublicComment(ctx, params.id, body),
  }),
]
