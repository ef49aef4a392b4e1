// Proposals to the level above (tờ trình đề nghị cấp trên khen thưởng) for forms beyond a level's authority,
// after its council passed them: drafted, sent inside tdkt or exported as a ZIP package, tracked as the
// level above moves each nomination on, and answered.
import { defineRoute } from '../../http/route.ts'
import { idParams } from '../../../shared/schemas.ts'
import { deleteQuery } from '../history/history.schemas.ts'
import { answerBody, createProposalBody, listProposalsQuery, updateProposalBody, versionBody } from './proposals.schemas.ts'
import { listCandidates } from './list-candidates.ts'
import { listProposals } from './list-proposals.ts'
import { getProposal } from './get-proposal.ts'
import { createProposal } from './create-proposal.ts'
import { updateProposal } from './update-proposal.ts'
import { deleteProposal } from './delete-proposal.ts'
import { dispatchProposal } from './dispatch-proposal.ts'
import { answerProposal } from './answer-proposal.ts'
import { downloadProposalDocument, downloadProposalList, downloadProposalPackage } from './download-proposal-files.ts'

const TAG = 'Trình cấp trên'

// The fixed path /candidates comes before /:id.
export const proposalRoutes = [
  defineRoute({
    method: 'get', path: '/api/proposals/candidates', tag: TAG, access: 'proposal.read',
    summary: 'Đề nghị Hội đồng của một cấp trong phạm vi đã thông qua nhưng vượt thẩm quyền của cấp đó, chưa có trong tờ trình nào của cấp đó: nơi quyết định, Hội đồng đã thông qua',
    handler: ({ ctx }) => listCandidates(ctx),
  }),
  defineRoute({
    method: 'get', path: '/api/proposals', tag: TAG, access: 'proposal.read', query: listProposalsQuery,
    summary: 'Tờ trình cấp trên: đã trình (outgoing: do cấp trong phạm vi gửi) hoặc nhận từ cấp dưới (incoming: gửi tới cấp trong phạm vi); số đề nghị theo trạng thái hiện tại',
    handler: ({ ctx, query }) => listProposals(ctx, query),
  }),
  defineRoute({
    method: 'post', path: '/api/proposals', tag: TAG, access: 'proposal.write', body: createProposalBody, status: 201,
    summary: 'Lập dự thảo tờ trình từ các đề nghị Hội đồng đã thông qua vượt thẩm quyền: gửi cấp trên trong hệ thống (mặc định nơi quyết định hoặc cấp trên trực tiếp) hoặc cơ quan ngoài hệ thống (toOrganizationId null, toName)',
    handler: ({ ctx, body }) => createProposal(ctx, body),
  }),
  defineRoute({
    method: 'get', path: '/api/proposals/:id', tag: TAG, access: 'proposal.read', params: idParams,
    summary: 'Chi tiết tờ trình: từng đề nghị với trạng thái hiện tại ở cấp trên, Hội đồng đã thông qua, nơi quyết định, lần chuyển trạng thái gần nhất; thao tác được phép',
    handler: ({ ctx, params }) => getProposal(ctx, params.id),
  }),
  defineRoute({
    method: 'patch', path: '/api/proposals/:id', tag: TAG, access: 'proposal.write', params: idParams, body: updateProposalBody,
    summary: 'Sửa dự thảo tờ trình: các đề nghị, cơ quan nhận, trích yếu (cần version)',
    handler: ({ ctx, params, body }) => updateProposal(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/proposals/:id', tag: TAG, access: 'proposal.write', params: idParams, query: deleteQuery, status: 204,
    summary: 'Xóa dự thảo tờ trình (cần version)',
    handler: ({ ctx, params, query }) => deleteProposal(ctx, params.id, query.version),
  }),
  defineRoute({
    method: 'post', path: '/api/proposals/:id/send', tag: TAG, access: 'proposal.write', params: idParams, body: versionBody,
    summary: 'Gửi tờ trình cho cấp trên trong hệ thống: lấy số từ sổ Tờ trình của cấp trình, các đề nghị chuyển sang "Đã trình cấp trên" (cần version)',
    handler: ({ ctx, params, body }) => dispatchProposal(ctx, params.id, body.version, 'sent'),
  }),
  defineRoute({
    method: 'post', path: '/api/proposals/:id/export', tag: TAG, access: 'proposal.write', params: idParams, body: versionBody,
    summary: 'Xuất tờ trình cho cơ quan ngoài hệ thống: lấy số từ sổ Tờ trình, các đề nghị chuyển sang "Đã trình cấp trên"; tải gói hồ sơ tại package.zip (cần version)',
    handler: ({ ctx, params, body }) => dispatchProposal(ctx, params.id, body.version, 'exported'),
  }),
  defineRoute({
    method: 'post', path: '/api/proposals/:id/answers', tag: TAG, access: 'proposal.write', params: idParams, body: answerBody,
    summary: 'Ghi kết quả trả lời của cấp trên cho từng đề nghị: có quyết định (ghi sổ khen thưởng) hoặc không khen thưởng (nêu lý do); đủ kết quả thì tờ trình đã được trả lời (cần version)',
    handler: ({ ctx, params, body }) => answerProposal(ctx, params.id, body),
  }),
  defineRoute({
    method: 'get', path: '/api/proposals/:id/to-trinh.docx', tag: TAG, access: 'proposal.read', params: idParams,
    summary: 'Tờ trình kèm danh sách theo Nghị định 30 (Word)',
    handler: ({ ctx, params }) => downloadProposalDocument(ctx, params.id, 'docx'),
  }),
  defineRoute({
    method: 'get', path: '/api/proposals/:id/to-trinh.pdf', tag: TAG, access: 'proposal.read', params: idParams,
    summary: 'Tờ trình kèm danh sách theo Nghị định 30 (PDF)',
    handler: ({ ctx, params }) => downloadProposalDocument(ctx, params.id, 'pdf'),
  }),
  defineRoute({
    method: 'get', path: '/api/proposals/:id/danh-sach.xlsx', tag: TAG, access: 'proposal.read', params: idParams,
    summary: 'Danh sách đề nghị khen thưởng của tờ trình (Excel)',
    handler: ({ ctx, params }) => downloadProposalList(ctx, params.id),
  }),
  defineRoute({
    method: 'get', path: '/api/proposals/:id/package.zip', tag: TAG, access: 'proposal.read', params: idParams,
    summary: 'Gói hồ sơ (ZIP): tờ trình Word và PDF, danh sách Excel, hồ sơ từng đề nghị (thành phần tạo từ dữ liệu và tệp đính kèm), manifest.json với mã băm SHA-256; tải lại được',
    handler: ({ ctx, params }) => downloadProposalPackage(ctx, params.id),
  }),
]
