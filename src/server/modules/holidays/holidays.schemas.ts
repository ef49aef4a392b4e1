// Request schemas of the holiday calendar.
import { z } from 'zod'
import { isoDate, requiredText } from '../../../shared/schemas.ts'

const year = z.coerce.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(2000, 'phải từ năm 2000').max(2100, 'phải trước năm 2100').describe('Năm')

export const holidaysQuery = z.object({ year: year.optional() })
export const holidayYearParams = z.object({ year })

export const holidaysBody = z
  .object({
    version: z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(0).describe('Phiên bản (0 khi năm này chưa có lịch nghỉ)'),
    holidays: z
      .array(z.object({ date: isoDate('Ngày nghỉ'), name: requiredText('Tên ngày nghỉ', 200) }))
      .max(60, 'tối đa 60 ngày nghỉ một năm')
      .describe('Ngày nghỉ lễ, Tết'),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>()
    body.holidays.forEach((h, i) => {
      if (seen.has(h.date)) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `ngày ${h.date} nhập hai lần` })
      seen.add(h.date)
    })
  })

export type HolidaysInput = z.output<typeof holidaysBody>
