// Request schemas of the notifications API (thông báo), each field labelled in Vietnamese.
import { z } from 'zod'
import { pageQuery } from '../../../shared/schemas.ts'

export const READ_FILTERS = ['all', 'unread', 'read'] as const

export const listNotificationsQuery = z.object({
  filter: z.enum(READ_FILTERS, { error: 'Lọc thông báo chỉ nhận all (tất cả), unread (chưa đọc) hoặc read (đã đọc)' }).default('all').describe('Lọc thông báo'),
  ...pageQuery,
})

export const markAllReadBody = z.object({
  upTo: z.iso.datetime({ offset: true, error: 'Đánh dấu đến thời điểm phải là thời điểm dạng ISO 8601' }).optional().describe('Đánh dấu đến thời điểm'),
})

export const dueQuery = z.object({
  days: z.coerce.number({ error: 'Số ngày tới phải là số' }).int('Số ngày tới phải là số nguyên').min(1, 'Số ngày tới phải ít nhất 1').max(90, 'Số ngày tới tối đa 90')
    .optional().describe('Số ngày tới'),
})

export type ListNotificationsQuery = z.output<typeof listNotificationsQuery>
