// The summary table of achievements (bảng / biểu tóm tắt thành tích) that goes with the proposal: one row per
// nominee with the title or form proposed, the achievement in short and the eligibility verdict.
import type { DocumentModel } from '../document-model.ts'
import type { NominationDossierData } from './dossier-data.ts'
import { attachedToProposal, italic, shortAchievement, unitHeader } from './parts.ts'

export function summaryTable(data: NominationDossierData): DocumentModel {
  const rows = data.entries.map((e, i) => [String(i + 1), e.subject.name, e.subject.positionAndUnit, e.targetName, shortAchievement(e.achievement), e.verdict])
  return {
    header: unitHeader(data.unit, 'TTr', data.number, data.date),
    documentType: 'BẢNG TÓM TẮT THÀNH TÍCH',
    title: `Của các tập thể, cá nhân đề nghị khen thưởng ${data.campaign ? `theo ${data.campaign.short}` : `năm ${data.year}`}`,
    body: [
      italic(attachedToProposal(data)),
      { type: 'table', rows: [['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức đề nghị', 'Tóm tắt thành tích', 'Kết quả xét điều kiện'], ...rows], widths: [6, 17, 17, 17, 26, 17] },
    ],
    recipients: [],
    signature: data.unit.signature,
  }
}
