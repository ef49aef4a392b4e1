// Notifications (thông báo): every signed-in account reads and marks only its own; "Việc sắp đến hạn" is
// computed for the caller from the data in their scope.
import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { dueQuery, listNotificationsQuery, markAllReadBody } from './notifications.schemas.ts'
import { listNotifications, unreadCount } from './list-notifications.ts'
import { markAllRead, markRead } from './mark-read.ts'
import { getDue } from './get-due.ts'

const TAG = 'Thông báo'

// The fixed paths come before /:id.
export const notificationRoutes = [
  defineRoute({
    method: 'get', path: '/api/notifications', tag: TAG, access: 'signed-in', query: listNotificationsQuery,
    summary: 'Thông báo của chính tài khoản đang đăng nhập (chưa đọc trước, mới nhất trước; lọc đã đọc / chưa đọc), kèm số chưa đọc',
    handler: ({ ctx, query }) => listNotifications(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/notifications/unread-count', tag: TAG, access: 'signed-in',
    summary: 'Số thông báo chưa đọc của tài khoản đang đăng nhập',
    handler: ({ ctx }) => unreadCount(ctx),
  }),
  defineRoute({
    method: 'get', path: '/api/notifications/due', tag: TAG, access: 'signed-in', query: dueQuery,
    summary: 'Việc sắp đến hạn của tài khoản: hạn của kế hoạch thi đua trong phạm vi, đăng ký chưa gửi, hồ sơ chờ kiểm tra, phiên họp chờ bỏ phiếu, góp ý chưa xử lý, quyết định chờ ký',
    handler: ({ ctx, query }) => getDue(ctx, query.days ?? ctx.config.dueDays),
  }),
  defineRoute({
    method: 'post', path: '/api/notifications/read-all', tag: TAG, access: 'signed-in', body: markAllReadBody,
    summary: 'Đánh dấu đã đọc mọi thông báo chưa đọc (đến thời điểm đã xem, nếu nêu)',
    handler: ({ ctx, body }) => markAllRead(ctx, body.upTo),
  }),
  defineRoute({
    method: 'post', path: '/api/notifications/:id/read', tag: TAG, access: 'signed-in', params: idParams,
    summary: 'Đánh dấu đã đọc một thông báo của chính mình',
    handler: ({ ctx, params }) => markRead(ctx, params.id),
  }),
]
