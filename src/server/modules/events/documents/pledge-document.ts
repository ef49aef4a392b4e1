// The pledge signed at a launch ceremony (BẢN CAM KẾT THI ĐUA, seed 001 §IV.2 and §VI.3 "Bản cam kết thi đua (để ký
// tại Lễ phát động)"): the common commitments, each signing unit's own registered commitments (its đăng ký thi đua
// for the plan), a signature line per signer for their cell or unit, and the witnesses' lines.
import type { Block, DocumentModel } from '../../../../documents/document-model.ts'
import { heading, item, paragraph, unitHeader } from '../../../../documents/nomination/parts.ts'
import { timeAndDate, type EventDocumentData } from './event-document-data.ts'

export const SIGNERS_HEADER = ['STT', 'Đơn vị', 'Người ký (họ tên, chức vụ)', 'Ký tên']
export const WITNESSES_HEADER = ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Ký tên']

const signedNote = (s: { signedAt: string | null }) => (s.signedAt ? 'Đã ký' : '')

export function pledgeDocument(d: EventDocumentData): DocumentModel {
  const signers = d.pledgeSigners.filter((s) => s.role === 'signer')
  const witnesses = d.pledgeSigners.filter((s) => s.role === 'witness')
  const own: Block[] = signers.flatMap((s, i) => {
    const commitments = s.organizationId ? d.registeredCommitments.get(s.organizationId) ?? [] : []
    return commitments.length > 0 ? [heading(`${i + 1}. ${s.unitName}`, 3), ...commitments.map((c) => item(c))] : []
  })
  return {
    header: unitHeader(d.unit, 'CK', null, d.issuedOn),
    documentType: 'BẢN CAM KẾT THI ĐUA',
    title: d.campaign ? `Thực hiện ${d.campaign}` : d.title,
    draft: d.issuedOn === null,
    body: [
      paragraph(`Tại ${d.title} (${timeAndDate(d)}${d.venue ? `, ${d.venue}` : ''}), đại diện các đơn vị dưới đây cam kết thi đua:`),
      ...(d.pledgeCommitments.length > 0 ? d.pledgeCommitments.map((c, i) => ({ type: 'item' as const, marker: `${i + 1}.`, runs: [c] })) : [paragraph('(Chưa có nội dung cam kết chung.)')]),
      ...(own.length > 0 ? [heading('CHỈ TIÊU ĐĂNG KÝ CỦA CÁC ĐƠN VỊ'), ...own] : []),
      heading('ĐẠI DIỆN CÁC ĐƠN VỊ KÝ CAM KẾT'),
      signers.length > 0
        ? { type: 'table', rows: [SIGNERS_HEADER, ...signers.map((s, i) => [String(i + 1), s.unitName, [s.fullName, s.position].filter(Boolean).join(', '), signedNote(s)])], widths: [8, 34, 38, 20] }
        : paragraph('(Chưa có đơn vị ký cam kết.)'),
      ...(witnesses.length > 0
        ? [heading('ĐẠI BIỂU CHỨNG KIẾN'), { type: 'table' as const, rows: [WITNESSES_HEADER, ...witnesses.map((s, i) => [String(i + 1), s.fullName, [s.position, s.unitName].filter(Boolean).join(', '), signedNote(s)])], widths: [8, 30, 42, 20] }]
        : []),
    ],
    recipients: ['Các đơn vị ký cam kết', 'Lưu: VT'],
    signature: d.unit.signature,
  }
}
