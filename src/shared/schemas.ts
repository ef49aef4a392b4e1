// Small zod building blocks shared by request schemas (and the client).
import { z } from 'zod'

export const uuid = (label: string) => z.uuid({ error: `${label} không hợp lệ` }).describe(label)

export const isoDate = (label: string) =>
  z.iso.date({ error: `${label} phải là ngày dạng YYYY-MM-DD` }).describe(label)

export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} là bắt buộc` })
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, `${label} là bắt buộc`).max(max, `${label} tối đa ${max} ký tự`))
    .describe(label)

export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .max(max, `${label} tối đa ${max} ký tự`)
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim() || null)
    .nullable()
    .optional()
    .describe(label)

export const version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().positive().describe('Phiên bản dữ liệu')

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1).describe('Trang'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('Số dòng mỗi trang'),
}

export const idParams = z.object({ id: uuid('Mã bản ghi') })

export interface Page<T> {
  items: T[]
  total: number
  /** True when there are more matches than TOTAL_CAP and total stops at the cap (counting them all would be slow). */
  totalCapped?: boolean
  page: number
  pageSize: number
}

/** Lists count matches up to this number; beyond it the UI asks to narrow the search. */
export const TOTAL_CAP = 10_000
