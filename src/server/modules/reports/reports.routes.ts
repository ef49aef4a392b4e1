// Progress reports (báo cáo sơ kết / tổng kết): a unit reports per plan period against the plan's criteria, with
// evidence files, and sends it up; the level above accepts or returns it; who has not reported, with reminders;
// the level's compiled report (tables from its subtree's data, the officer's narrative) and the multi-year
// summary (tổng kết 5 năm), each as Word/PDF.
import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import {
  campaignQuery, compiledDocumentQuery, compiledQuery, createReportBody, fileParams, listReportsQuery, periodQuery, remindBody, returnReportBody,
  saveCompiledNarrativeBody, saveSummaryNarrativeBody, summaryDocumentQuery, summaryQuery, updateReportBody, versionBody,
} from './reports.schemas.ts'
import { listReports } from './list-reports.ts'
import { createReport } from './create-report.ts'
import { getReport } from './get-report.ts'
import { updateReport } from './update-report.ts'
import { submitReport } from './submit-report.ts'
import { reviewReport } from './review-report.ts'
import { listPeriods } from './list-periods.ts'
import { listMissingReports } from './list-missing-reports.ts'
import { remindReport } from './remind-report.ts'
import { compileCampaignReport } from './compile-report.ts'
import { multiYearSummary } from './multi-year-summary.ts'
import { saveCompiledNarrative, saveSummaryNarrative } from './save-narrative.ts'
import { downloadCompiledReport, downloadSummary } from './report-documents.ts'
import { uploadReportFile } from './upload-report-file.ts'
import { downloadReportFile } from './download-report-file.ts'
import { removeReportFile } from './remove-report-file.ts'

const TAG = 'Báo cáo sơ kết, tổng kết'

// The fixed paths come before /:id.
export const reportRoutes = [
  defineRoute({
    method: 'get', path: '/api/reports', tag: TAG, access: 'report.read', query: listReportsQuery,
    summary: 'Báo cáo của các đơn vị trong phạm vi (lọc theo kế hoạch, kỳ báo cáo, trạng thái), mới nhất trước',
    handler: ({ ctx, query }) => listReports(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/reports', tag: TAG, access: 'report.write', body: createReportBody, status: 201,
    summary: 'Lập dự thảo báo cáo của đơn vị cho một kỳ báo cáo của kế hoạch (kỳ đã bắt đầu)',
    handler: ({ ctx, body }) => createReport(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/periods', tag: TAG, access: 'report.read', query: campaignQuery,
    summary: 'Các kỳ báo cáo của kế hoạch (sơ kết, tổng kết; thời hạn theo ngày sự kiện hiện có) và các tiêu chí thi đua',
    handler: ({ ctx, query }) => listPeriods(ctx, query.campaignId),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/missing', tag: TAG, access: 'report.read', query: periodQuery,
    summary: 'Đơn vị chưa nộp báo cáo của một kỳ báo cáo (theo các đơn vị được gửi kế hoạch, từng cấp), kèm thời hạn và số lần đã nhắc',
    handler: ({ ctx, query }) => listMissingReports(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/reports/reminders', tag: TAG, access: 'report.compile', body: remindBody, status: 201,
    summary: 'Nhắc đơn vị trực thuộc nộp báo cáo (ghi lại, lưu nhật ký và gửi thông báo cho tài khoản của đơn vị)',
    handler: ({ ctx, body }) => remindReport(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/compiled', tag: TAG, access: 'report.read', query: compiledQuery,
    summary: 'Báo cáo sơ kết, tổng kết của một cấp theo kế hoạch và kỳ: tổng hợp đăng ký, kết quả theo tiêu chí, khen thưởng, mô hình, sáng kiến và phần viết của cấp',
    handler: ({ ctx, query }) => compileCampaignReport(ctx, query),
  }),
  defineRoute({
    method: 'put', path: '/api/reports/compiled/narrative', tag: TAG, access: 'report.compile', body: saveCompiledNarrativeBody,
    summary: 'Lưu phần viết (kết quả, hạn chế, bài học, phương hướng) của báo cáo sơ kết, tổng kết của cấp (cần version, null khi lưu lần đầu)',
    handler: ({ ctx, body }) => saveCompiledNarrative(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/compiled/document', tag: TAG, access: 'report.read', query: compiledDocumentQuery,
    summary: 'Báo cáo sơ kết, tổng kết của cấp theo Nghị định 30 (Word hoặc PDF), các số liệu thành bảng',
    handler: ({ ctx, query }) => downloadCompiledReport(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/summary', tag: TAG, access: 'report.read', query: summaryQuery,
    summary: 'Tổng kết nhiều năm (tổng kết 5 năm) của một cấp: khen thưởng theo năm và hình thức, danh hiệu, đối tượng, tỷ lệ nữ và người lao động trực tiếp, các kế hoạch đã phát động',
    handler: ({ ctx, query }) => multiYearSummary(ctx, query),
  }),
  defineRoute({
    method: 'put', path: '/api/reports/summary/narrative', tag: TAG, access: 'report.compile', body: saveSummaryNarrativeBody,
    summary: 'Lưu phần viết của báo cáo tổng kết nhiều năm (cần version, null khi lưu lần đầu)',
    handler: ({ ctx, body }) => saveSummaryNarrative(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/summary/document', tag: TAG, access: 'report.read', query: summaryDocumentQuery,
    summary: 'Báo cáo tổng kết nhiều năm theo Nghị định 30 (Word hoặc PDF)',
    handler: ({ ctx, query }) => downloadSummary(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/:id', tag: TAG, access: 'report.read', params: idParams,
    summary: 'Chi tiết báo cáo của đơn vị: kỳ báo cáo và thời hạn, tiêu chí của kế hoạch, kết quả, minh chứng, lịch sử',
    handler: ({ ctx, params }) => getReport(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/reports/:id', tag: TAG, access: 'report.write', params: idParams, body: updateReportBody,
    summary: 'Sửa báo cáo dự thảo hoặc bị trả lại (cần version); số liệu mâu thuẫn với tổng bị từ chối, không lưu gì',
    handler: ({ ctx, params, body }) => updateReport(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post', path: '/api/reports/:id/submit', tag: TAG, access: 'report.write', params: idParams, body: versionBody,
    summary: 'Nộp báo cáo lên cấp trên (cần version)',
    handler: ({ ctx, params, body }) => submitReport(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'post', path: '/api/reports/:id/accept', tag: TAG, access: 'report.compile', params: idParams, body: versionBody,
    summary: 'Cấp trên tiếp nhận báo cáo của đơn vị trực thuộc (cần version); báo cáo được tính vào báo cáo tổng hợp',
    handler: ({ ctx, params, body }) => reviewReport(ctx, params.id, { version: body.version, outcome: 'accepted' }),
  }),
  defineRoute({
    method: 'post', path: '/api/reports/:id/return', tag: TAG, access: 'report.compile', params: idParams, body: returnReportBody,
    summary: 'Cấp trên trả lại báo cáo, nêu lý do (cần version); đơn vị nhận thông báo',
    handler: ({ ctx, params, body }) => reviewReport(ctx, params.id, { version: body.version, outcome: 'returned', reason: body.reason }),
  }),
  defineRoute({
    method: 'post', path: '/api/reports/:id/files', tag: TAG, access: 'report.write', params: idParams, upload: true, status: 201,
    summary: 'Đính kèm tệp minh chứng (PDF, Word, Excel, ảnh; trong giới hạn dung lượng) vào báo cáo dự thảo hoặc bị trả lại',
    handler: ({ ctx, params, file }) => uploadReportFile(ctx, params.id, file!, ctx.config.uploadLimitBytes),
  }),
  defineRoute({
    method: 'get', path: '/api/reports/:id/files/:fileId', tag: TAG, access: 'report.read', params: fileParams,
    summary: 'Tải tệp minh chứng của báo cáo',
    handler: ({ ctx, params }) => downloadReportFile(ctx, params.id, params.fileId),
  }),
  defineRoute({
    method: 'delete', path: '/api/reports/:id/files/:fileId', tag: TAG, access: 'report.write', params: fileParams, status: 204,
    summary: 'Gỡ tệp minh chứng khỏi báo cáo dự thảo hoặc bị trả lại',
    handler: ({ ctx, params }) => removeReportFile(ctx, params.id, params.fileId),
  }),
]
