// The province's public holidays: working-day deadlines (processing times, posting periods) skip them.
import { defineRoute } from '../../http/route.ts'
import { holidaysBody, holidaysQuery, holidayYearParams } from './holidays.schemas.ts'
import { listHolidays } from './list-holidays.ts'
import { saveHolidays } from './save-holidays.ts'

const TAG = 'Lịch nghỉ lễ, Tết'

export const holidayRoutes = [
  defineRoute({
    method: 'get', path: '/api/holidays', tag: TAG, access: 'signed-in', query: holidaysQuery,
    summary: 'Ngày nghỉ lễ, Tết của một năm (mặc định năm nay), dùng để tính thời hạn theo ngày làm việc',
    handler: ({ ctx, query }) => listHolidays(ctx, query.year),
  }),
  defineRoute({
    method: 'put', path: '/api/holidays/:year', tag: TAG, access: 'rules.configure', params: holidayYearParams, body: holidaysBody,
    summary: 'Lưu toàn bộ ngày nghỉ lễ, Tết của một năm (cần version; 0 khi năm đó chưa có); chỉ tài khoản cấp tỉnh',
    handler: ({ ctx, params, body }) => saveHolidays(ctx, params.year, body),
  }),
]
