// The files of a proposal to the level above: the proposal (Word, PDF; a draft prints without number and
// date), its list (Excel), and the whole package (ZIP) once sent or exported. Rendered outside any transaction.
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import { proposalListWorkbook, upwardProposalDocument } from '../../../documents/proposal/index.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { fileResponse } from '../documents/file-response.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { XLSX_CONTENT_TYPE } from '../history/history-xlsx.ts'
import { loadProposal } from './proposal-access.ts'
import { loadProposalDocuments } from './proposal-document-data.ts'
import { buildPackage, proposalFileStem } from './proposal-package.ts'

export async function downloadProposalDocument(ctx: UseCaseContext, id: string, format: 'docx' | 'pdf'): Promise<Response> {
  const { proposal } = await loadProposal(ctx.db, ctx.actor, id, 'proposal.read')
  const model = upwardProposalDocument((await loadProposalDocuments(ctx.db, ctx.actor.provinceId, proposal)).data)
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model)
  return fileResponse(bytes, format === 'docx' ? DOCX_TYPE : 'application/pdf', `${proposalFileStem(proposal)}.${format}`)
}

export async function downloadProposalList(ctx: UseCaseContext, id: string): Promise<Response> {
  const { proposal } = await loadProposal(ctx.db, ctx.actor, id, 'proposal.read')
  const bytes = await proposalListWorkbook((await loadProposalDocuments(ctx.db, ctx.actor.provinceId, proposal)).data)
  return fileResponse(bytes, XLSX_CONTENT_TYPE, `danh-sach-${proposalFileStem(proposal)}.xlsx`)
}

export async function downloadProposalPackage(ctx: UseCaseContext, id: string): Promise<Response> {
  const { proposal } = await loadProposal(ctx.db, ctx.actor, id, 'proposal.read')
  if (proposal.status === 'draft') throw new AppError('CONFLICT', `Tờ trình «${proposal.title}» còn là dự thảo: gửi hoặc xuất tờ trình trước khi tải gói hồ sơ.`)
  return fileResponse(await buildPackage(ctx.db, ctx.actor, proposal), 'application/zip', `goi-ho-so-${proposalFileStem(proposal)}.zip`)
}
