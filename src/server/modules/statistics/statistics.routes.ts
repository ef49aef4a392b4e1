import { defineRoute } from '../../http/route.ts'
import { exportStatisticsForm } from './export-statistics-form.ts'
import { getDashboard } from './get-dashboard.ts'
import { getStatisticsSettings } from './get-statistics-settings.ts'
import { saveStatisticsSettings } from './save-statistics-settings.ts'
import { formParams, settingsBody, statisticsQuery } from './statistics.schemas.ts'

const TAG = 'Thống kê'

export const statisticsRoutes = [
  defineRoute({
    method: 'get', path: '/api/statistics/dashboard', tag: TAG, access: 'statistics.read', query: statisticsQuery,
    summary: 'Bảng điều khiển của một đơn vị trong phạm vi, theo các năm: khen thưởng theo hình thức, cấp, năm, đối tượng; tỷ lệ người lao động trực tiếp, nữ, tập thể nhỏ và xu hướng; tiến độ triển khai kế hoạch và đăng ký thi đua; các hạn trong 30 ngày tới',
    handler: ({ ctx, query }) => getDashboard(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/statistics/forms/:form', tag: TAG, access: 'statistics.read', params: formParams, query: statisticsQuery,
    summary: 'Biểu mẫu báo cáo thống kê thi đua, khen thưởng của một đơn vị theo các năm, dạng XLSX (tiêu đề, đơn vị, kỳ báo cáo, các dòng, tổng số, chữ ký)',
    handler: ({ ctx, params, query }) => exportStatisticsForm(ctx, params.form, query),
  }),
  defineRoute({
    method: 'get', path: '/api/statistics/settings', tag: TAG, access: 'statistics.read',
    summary: 'Cấu hình thống kê của tỉnh: các loại tổ chức là tập thể nhỏ, chỉ tiêu tỷ lệ khen thưởng (mặc định khi tỉnh chưa đặt)',
    handler: ({ ctx }) => getStatisticsSettings(ctx),
  }),
  defineRoute({
    method: 'put', path: '/api/statistics/settings', tag: TAG, access: 'rules.configure', body: settingsBody,
    summary: 'Đặt cấu hình thống kê của tỉnh (tài khoản cấp tỉnh; cần version và căn cứ)',
    handler: ({ ctx, body }) => saveStatisticsSettings(ctx, body),
  }),
]
