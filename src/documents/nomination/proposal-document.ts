// The proposal (tờ trình đề nghị khen thưởng, Mẫu số 01 of the ND 152/2025 appendix) with its list of
// nominees (danh sách): addressed to the level that decides, citing the law, the campaign and the unit's
// review, the count by title or form, and the list table STT | name | post and unit | title or form |
// achievement in short (law.md §5.3).
import type { Block, DocumentModel } from '../document-model.ts'
import type { NominationDossierData } from './dossier-data.ts'
import { attachedToProposal, countByKind, dmy, heading, italic, item, paragraph, shortAchievement, unitHeader } from './parts.ts'

export function proposalDocument(data: NominationDossierData): DocumentModel {
  const forms = [...new Set(data.entries.map((e) => e.targetName))]
  const scope = data.campaign ? `theo ${data.campaign.short}` : `năm ${data.year}`
  const bases: Block[] = [
    ...data.legalBases.map((basis) => paragraph(`Căn cứ ${basis};`)),
    ...(data.campaign ? [paragraph(`Căn cứ ${data.campaign.reference};`)] : []),
    ...(data.meeting ? [paragraph(`Căn cứ kết quả họp xét đề nghị khen thưởng ngày ${dmy(data.meeting.date)} của ${data.unit.formalName},`)] : []),
  ]
  const rows = data.entries.map((e, i) => [String(i + 1), e.subject.name, e.subject.positionAndUnit, e.targetName, shortAchievement(e.achievement)])
  return {
    header: unitHeader(data.unit, 'TTr', data.number, data.date),
    documentType: 'TỜ TRÌNH',
    title: `Về việc đề nghị khen thưởng ${scope}`,
    body: [
      paragraph({ text: 'Kính gửi: ', bold: true }, `${data.recipient}.`),
      ...bases,
      paragraph(`${data.unit.formalName} kính đề nghị ${data.recipient} xem xét, tặng thưởng cho ${countByKind(data.entries)} có thành tích ${scope}, cụ thể:`),
      ...forms.map((form) => item(`${form}: ${countByKind(data.entries.filter((e) => e.targetName === form))}.`)),
      paragraph('(Có danh sách và hồ sơ kèm theo)'),
      paragraph(`Kính đề nghị ${data.recipient} xem xét, quyết định./.`),
      heading('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'),
      italic(attachedToProposal(data)),
      { type: 'table', rows: [['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Danh hiệu, hình thức đề nghị', 'Thành tích tóm tắt'], ...rows], widths: [6, 20, 22, 20, 32] },
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    signature: data.unit.signature,
  }
}
