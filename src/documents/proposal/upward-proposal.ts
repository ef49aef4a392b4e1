// The proposal to the level above (tờ trình đề nghị cấp trên khen thưởng, Mẫu số 01 of the ND 152/2025
// appendix) for forms beyond the level's authority: addressed to the level that decides, citing the law
// and the council's review, the count by form, and the list STT | name | post and unit | form | achievement
// in short | council vote (law.md §5.1).
import type { DocumentModel } from '../document-model.ts'
import { countByKind, dmy, heading, italic, item, paragraph, shortAchievement, unitHeader } from '../nomination/parts.ts'
import type { UpwardProposalData } from './proposal-data.ts'

/** "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", in the order they first appear. */
const formsOf = (data: UpwardProposalData) => [...new Set(data.entries.map((e) => e.entry.targetName))]

/** "(Kèm theo Tờ trình số 05/TTr-UBND ngày 20/12/2025 của Ủy ban nhân dân xã Bình Thành)"; a draft leaves number and date out. */
export function attachedLine(data: UpwardProposalData): string {
  const header = unitHeader(data.sender, 'TTr', data.number, data.date)
  const number = data.number === null ? '' : ` số ${data.number}${header.track === 'party' ? '-' : '/'}${header.symbol}`
  return `(Kèm theo Tờ trình${number}${data.date ? ` ngày ${dmy(data.date)}` : ''} của ${data.sender.formalName})`
}

export const LIST_HEADER = ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức đề nghị', 'Thành tích tóm tắt', 'Kết quả bỏ phiếu của Hội đồng']

export function listRows(data: UpwardProposalData): string[][] {
  return data.entries.map((e, i) => [String(i + 1), e.entry.subject.name, e.entry.subject.positionAndUnit, e.entry.targetName, shortAchievement(e.entry.achievement), e.councilVote ?? ''])
}

export function upwardProposalDocument(data: UpwardProposalData): DocumentModel {
  const forms = formsOf(data)
  const entries = data.entries.map((e) => e.entry)
  return {
    header: unitHeader(data.sender, 'TTr', data.number, data.date),
    documentType: 'TỜ TRÌNH',
    title: `Về việc đề nghị ${data.recipient} tặng ${forms.join(', ')}`,
    body: [
      paragraph({ text: 'Kính gửi: ', bold: true }, `${data.recipient}.`),
      ...data.legalBases.map((basis) => paragraph(`Căn cứ ${basis};`)),
      ...(data.council ? [paragraph(`Căn cứ kết quả họp xét, bỏ phiếu của ${data.council.name} ngày ${dmy(data.council.meetsOn)},`)] : []),
      paragraph(`${data.sender.formalName} kính đề nghị ${data.recipient} xem xét, tặng thưởng cho ${countByKind(entries)} đã có thành tích xuất sắc, vượt thẩm quyền khen thưởng của cấp mình, cụ thể:`),
      ...forms.map((form) => item(`${form}: ${countByKind(entries.filter((e) => e.targetName === form))}.`)),
      paragraph('(Có danh sách và hồ sơ của từng trường hợp kèm theo)'),
      paragraph(`Kính đề nghị ${data.recipient} xem xét, quyết định./.`),
      heading('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'),
      italic(attachedLine(data)),
      { type: 'table', rows: [LIST_HEADER, ...listRows(data)], widths: [6, 18, 20, 18, 26, 12] },
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    signature: data.sender.signature,
  }
}
