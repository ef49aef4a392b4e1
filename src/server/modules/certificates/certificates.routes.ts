// Certificates (Giấy khen, Bằng khen, giấy chứng nhận danh hiệu) of issued decisions: the list with its
// reissue history, printing (full design or pre-printed blanks), blank layouts, reissue and cancellation
// (Luật TĐKT 2022, Điều 93), and the public check by verification code.
import { defineRoute, definePublicRoute } from '../../http/route.ts'
import { codeParams, idParams, layoutBody, printQuery, statusChangeBody } from './certificates.schemas.ts'
import { listCertificates } from './list-certificates.ts'
import { printCertificates } from './print-certificates.ts'
import { getCertificateLayout, saveCertificateLayout } from './certificate-layout.ts'
import { reissueCertificate } from './reissue-certificate.ts'
import { cancelCertificate } from './cancel-certificate.ts'
import { verifyCertificate } from './verify-certificate.ts'

const TAG = 'Giấy khen'

export const certificateRoutes = [
  defineRoute({
    method: 'get', path: '/api/decisions/:id/certificates', tag: TAG, access: 'decision.read', params: idParams,
    summary: 'Giấy khen của một quyết định: mỗi người, tập thể, hộ được khen một dòng (số sổ vàng, mã xác minh, trạng thái) kèm các bản đã được thay khi cấp lại',
    handler: ({ ctx, params }) => listCertificates(ctx, params.id),
  }),
  defineRoute({
    method: 'get', path: '/api/decisions/:id/certificates.pdf', tag: TAG, access: 'certificate.manage', params: idParams, query: printQuery,
    summary: 'In giấy khen còn hiệu lực (hoặc những giấy khen chọn trong ids, cách nhau bởi dấu phẩy) thành một tệp PDF, khổ A4 ngang, mỗi giấy một trang: mode=full in cả mẫu, mode=preprinted chỉ in phần thay đổi lên phôi in sẵn theo vị trí đã lưu của đơn vị',
    handler: ({ ctx, params, query }) => printCertificates(ctx, params.id, query.mode, query.ids),
  }),
  defineRoute({
    method: 'get', path: '/api/organizations/:id/certificate-layout', tag: TAG, access: 'certificate.manage', params: idParams,
    summary: 'Vị trí in từng trường trên phôi giấy khen của đơn vị (mm tính từ góc trên bên trái, khổ A4 ngang); mặc định theo mẫu in đầy đủ',
    handler: ({ ctx, params }) => getCertificateLayout(ctx, params.id),
  }),
  defineRoute({
    method: 'put', path: '/api/organizations/:id/certificate-layout', tag: TAG, access: 'certificate.manage', params: idParams, body: layoutBody,
    summary: 'Lưu vị trí in trên phôi giấy khen (mọi trường phải nằm trong trang; cần version, 0 khi lưu lần đầu)',
    handler: ({ ctx, params, body }) => saveCertificateLayout(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/certificates/:id/reissue', tag: TAG, access: 'certificate.manage', params: idParams, body: statusChangeBody,
    summary: 'Cấp lại giấy khen bị mất, hỏng: bản cũ hết giá trị (ghi lý do, người, thời điểm), bản mới có mã xác minh mới và giữ số sổ vàng (cần version)',
    handler: ({ ctx, params, body }) => reissueCertificate(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/certificates/:id/cancel', tag: TAG, access: 'certificate.manage', params: idParams, body: statusChangeBody,
    summary: 'Hủy bỏ, thu hồi giấy khen theo Điều 93 Luật Thi đua, khen thưởng 2022: giấy khen hết giá trị và dòng khen thưởng trong sổ được ghi thu hồi, cùng một giao dịch (cần version)',
    handler: ({ ctx, params, body }) => cancelCertificate(ctx, params.id, body),
  }),
  definePublicRoute({
    method: 'get', path: '/api/public/certificates/:code', tag: TAG, access: 'public', params: codeParams,
    summary: 'Công khai: kiểm tra giấy khen theo mã xác minh (mã QR): mã sai dạng hoặc sai ký tự kiểm tra bị từ chối trước khi tra cứu; trả trạng thái và các thông tin in trên giấy khen',
    handler: ({ ctx, params }) => verifyCertificate(ctx, params.code),
  }),
]
