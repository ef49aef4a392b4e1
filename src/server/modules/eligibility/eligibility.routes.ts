import { defineRoute } from '../../http/route.ts'
import { subjectParams } from '../history/history.schemas.ts'
import { eligibleQuery, evaluateQuery, parameterBody, parameterParams, parametersQuery, provinceRulesBody, quotasBody, targetsQuery } from './eligibility.schemas.ts'
import { listTargets } from './list-targets.ts'
import { evaluateSubject } from './evaluate-subject.ts'
import { listEligible } from './list-eligible.ts'
import { checkProposalQuotas } from './check-proposal-quotas.ts'
import { getParameters } from './get-parameters.ts'
import { setParameter } from './set-parameter.ts'
import { getProvinceRules } from './get-province-rules.ts'
import { saveProvinceRules } from './save-province-rules.ts'

const TAG = 'Xét điều kiện khen thưởng'
const RULES_TAG = 'Quy định của tỉnh'

// Fixed paths (/targets) come before /:subjectKind/:subjectId.
export const eligibilityRoutes = [
  defineRoute({
    method: 'get', path: '/api/eligibility/targets', tag: TAG, access: 'history.read', query: targetsQuery,
    summary: 'Danh mục danh hiệu, hình thức khen thưởng (theo loại đối tượng) với thẩm quyền quyết định vào ngày xét',
    handler: async ({ query }) => listTargets(query),
  }),
  defineRoute({
    method: 'post', path: '/api/eligibility/quotas', tag: TAG, access: 'history.read', body: quotasBody,
    summary: 'Kiểm tra tỷ lệ khống chế của một danh sách đề nghị trong phạm vi một đơn vị (tỷ lệ của Đảng và của tỉnh)',
    handler: ({ ctx, body }) => checkProposalQuotas(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/eligibility/:subjectKind/:subjectId', tag: TAG, access: 'history.read', params: subjectParams, query: evaluateQuery,
    summary: 'Đối tượng có đủ điều kiện nhận danh hiệu, hình thức này vào ngày xét không — từng tiêu chuẩn, điều khoản áp dụng và dữ kiện đã dùng',
    handler: ({ ctx, params, query }) => evaluateSubject(ctx, params.subjectKind, params.subjectId, query),
  }),
  defineRoute({
    method: 'get', path: '/api/eligible', tag: TAG, access: 'history.read', query: eligibleQuery,
    summary: 'Ai trong đơn vị (gồm đơn vị trực thuộc) đủ điều kiện nhận danh hiệu, hình thức này: đủ điều kiện trước, rồi chưa đủ dữ liệu, rồi không đủ; kèm tiêu chuẩn chưa đạt đầu tiên',
    handler: ({ ctx, query }) => listEligible(ctx, query),
  }),
  defineRoute({
    method: 'get', path: '/api/rules/parameters', tag: RULES_TAG, access: 'history.read', query: parametersQuery,
    summary: 'Các tham số có thể cấu hình: mức chung (độ tin cậy, căn cứ) theo bộ quy định của ngày xét, giá trị riêng của tỉnh, giá trị đang áp dụng',
    handler: ({ ctx, query }) => getParameters(ctx, query),
  }),
  defineRoute({
    method: 'put', path: '/api/rules/parameters/:key', tag: RULES_TAG, access: 'rules.configure', params: parameterParams, body: parameterBody,
    summary: 'Đặt (hoặc bỏ, với value null) giá trị riêng của tỉnh cho một tham số, kèm căn cứ; cần version đang có (null khi chưa có)',
    handler: ({ ctx, params, body }) => setParameter(ctx, params.key, body),
  }),
  defineRoute({
    method: 'get', path: '/api/rules/province', tag: RULES_TAG, access: 'history.read',
    summary: 'Tiêu chuẩn bổ sung, thay thế và tỷ lệ khống chế của tỉnh',
    handler: ({ ctx }) => getProvinceRules(ctx),
  }),
  defineRoute({
    method: 'put', path: '/api/rules/province', tag: RULES_TAG, access: 'rules.configure', body: provinceRulesBody,
    summary: 'Lưu văn bản quy định, tiêu chuẩn bổ sung, thay thế và tỷ lệ khống chế của tỉnh (cần version)',
    handler: ({ ctx, body }) => saveProvinceRules(ctx, body),
  }),
]
