// The commendation fund (quỹ thi đua, khen thưởng): per organization and year, the ledger of income and
// spending with its balance, paying issued award decisions, reversing lines, the province's fund rules and the
// year's recurrent spending, the ledger as XLSX and the year's report as Word/PDF.
import { defineRoute } from '../../http/route.ts'
import {
  decisionParams, documentQuery, fundQuery, incomeBody, lineParams, payDecisionBody, reverseBody, settingsBody, spendingBody, yearSettingsBody,
} from './fund.schemas.ts'
import { getFund } from './get-fund.ts'
import { recordFundIncome } from './record-income.ts'
import { recordSpending } from './record-spending.ts'
import { reverseFundLine } from './reverse-line.ts'
import { listUnpaidDecisions, payDecision } from './pay-decision.ts'
import { getFundSettings, saveFundSettings, setRecurrentSpending } from './fund-settings.ts'
import { downloadLedger, downloadReport } from './fund-documents.ts'

const TAG = 'Quỹ thi đua, khen thưởng'

export const fundRoutes = [
  defineRoute({
    method: 'get', path: '/api/fund', tag: TAG, access: 'fund.read', query: fundQuery,
    summary: 'Quỹ thi đua, khen thưởng của một đơn vị trong một năm: số dư đầu năm, thu, chi theo loại, phần chi tổ chức phong trào so với mức tối đa, số dư và sổ quỹ',
    handler: ({ ctx, query }) => getFund(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/fund/income', tag: TAG, access: 'fund.write', body: incomeBody, status: 201,
    summary: 'Ghi thu vào quỹ: ngân sách cấp đầu năm (không vượt mức tối đa theo tổng chi thường xuyên), đóng góp của tổ chức, cá nhân, số dư chuyển sang khi bắt đầu sổ',
    handler: ({ ctx, body }) => recordFundIncome(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/fund/spending', tag: TAG, access: 'fund.write', body: spendingBody, status: 201,
    summary: 'Ghi chi từ quỹ (tiền thưởng, giấy khen, khung, cờ, huy hiệu, tổ chức phong trào): không vượt số dư và mức chi tổ chức phong trào',
    handler: ({ ctx, body }) => recordSpending(ctx, body),
  }),
  defineRoute({
    method: 'post', path: '/api/fund/lines/:id/reverse', tag: TAG, access: 'fund.write', params: lineParams, body: reverseBody, status: 201,
    summary: 'Điều chỉnh một dòng sổ quỹ bằng dòng ghi đảo (số tiền ngược dấu, nêu lý do); dòng đã ghi không sửa, không xóa',
    handler: ({ ctx, params, body }) => reverseFundLine(ctx, params.id, body),
  }),
  defineRoute({
    method: 'get', path: '/api/fund/unpaid-decisions', tag: TAG, access: 'fund.read', query: fundQuery.pick({ organizationId: true }),
    summary: 'Quyết định khen thưởng đã ban hành của đơn vị chưa chi trả từ quỹ, với tổng tiền thưởng (không tính dòng đã hủy bỏ khen thưởng, chưa xác định số tiền)',
    handler: ({ ctx, query }) => listUnpaidDecisions(ctx, query.organizationId),
  }),
  defineRoute({
    method: 'post', path: '/api/fund/decisions/:decisionId/pay', tag: TAG, access: 'fund.write', params: decisionParams, body: payDecisionBody, status: 201,
    summary: 'Chi trả tiền thưởng của một quyết định khen thưởng từ quỹ: một dòng chi bằng tổng tiền thưởng của quyết định, không chi hai lần; chi lại được khi mọi dòng chi trước của quyết định đã được điều chỉnh (ghi đảo)',
    handler: ({ ctx, params, body }) => payDecision(ctx, params.decisionId, body),
  }),
  defineRoute({
    method: 'put', path: '/api/fund/year', tag: TAG, access: 'fund.write', body: yearSettingsBody,
    summary: 'Ghi tổng chi thường xuyên của năm để tính mức ngân sách cấp tối đa cho quỹ (cần version)',
    handler: ({ ctx, body }) => setRecurrentSpending(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/fund/settings', tag: TAG, access: 'fund.read',
    summary: 'Quy định của tỉnh về quỹ: tỷ lệ chi tổ chức phong trào, tỷ lệ trích ngân sách, kèm căn cứ, và tài khoản có được sửa không (canConfigure)',
    handler: ({ ctx }) => getFundSettings(ctx),
  }),
  defineRoute({
    method: 'put', path: '/api/fund/settings', tag: TAG, access: 'rules.configure', body: settingsBody,
    summary: 'Sửa quy định của tỉnh về quỹ (tài khoản của đơn vị cấp tỉnh; cần version, 0 khi chưa lưu lần nào)',
    handler: ({ ctx, body }) => saveFundSettings(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/fund/ledger.xlsx', tag: TAG, access: 'fund.read', query: fundQuery,
    summary: 'Sổ theo dõi quỹ thi đua, khen thưởng của năm (Excel)',
    handler: ({ ctx, query }) => downloadLedger(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/fund/report', tag: TAG, access: 'fund.read', query: documentQuery,
    summary: 'Báo cáo tình hình sử dụng quỹ thi đua, khen thưởng của năm theo Nghị định 30 (Word hoặc PDF)',
    handler: ({ ctx, query }) => downloadReport(ctx, query),
  }),
]
