// The public index of posted lists (công khai danh sách), beside the page of one posted list (postings.routes.ts).
import { definePublicRoute } from '../../http/route.ts'
import { listPublicPostings, publicPostingsQuery } from './list-public-postings.ts'

export const publicPostingIndexRoutes = [
  definePublicRoute({
    method: 'get', path: '/api/public/postings', tag: 'Công khai danh sách', access: 'public', query: publicPostingsQuery,
    summary: 'Các danh sách đang công khai lấy ý kiến và vừa kết thúc (không cần đăng nhập; phân trang), mỗi danh sách dẫn tới trang /cong-khai/:id',
    handler: ({ ctx, query }) => listPublicPostings(ctx, query),
  }),
]
