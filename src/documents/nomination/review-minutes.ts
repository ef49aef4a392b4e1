// The minutes of the unit's review meeting (biên bản họp xét đề nghị khen thưởng): when and where, who
// chaired and took the minutes, attendance, the vote on each nominee as a number and a share of ALL the
// members (law.md §4.2, §5.3: practice, not a form fixed by the decree), the conclusion, the signatures.
import type { DocumentModel } from '../document-model.ts'
import type { NominationDossierData, ReviewMeetingData } from './dossier-data.ts'
import { dmy, heading, item, paragraph, unitHeader } from './parts.ts'

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 1000) / 10}%`.replace('.', ',')

export function reviewMinutes(data: NominationDossierData, meeting: ReviewMeetingData): DocumentModel {
  const agreed = data.entries.filter((e) => e.votes !== null && e.votes.inFavour * 2 > e.votes.members)
  const rows = data.entries.map((e, i) => [
    String(i + 1),
    e.subject.name,
    e.targetName,
    e.votes ? `${e.votes.inFavour}/${e.votes.members}` : '—',
    e.votes ? percent(e.votes.inFavour, e.votes.members) : '—',
  ])
  return {
    header: unitHeader(data.unit, 'BB', null, meeting.date),
    documentType: 'BIÊN BẢN',
    title: `Họp xét đề nghị khen thưởng ${data.campaign ? `theo ${data.campaign.short}` : `năm ${data.year}`}`,
    body: [
      paragraph(`Hôm nay, ngày ${dmy(meeting.date)}, tại ${meeting.place}, ${data.unit.formalName} tổ chức họp xét đề nghị khen thưởng.`),
      item(`Chủ trì: ${meeting.chair}.`),
      item(`Thư ký: ${meeting.secretary}.`),
      item(`Thành phần: ${meeting.present}/${meeting.members} thành viên có mặt${meeting.present < meeting.members ? `, ${meeting.members - meeting.present} thành viên vắng mặt (có ý kiến bằng văn bản)` : ''}.`),
      heading('NỘI DUNG'),
      paragraph('Cuộc họp đã nghe báo cáo thành tích, xem xét tiêu chuẩn và biểu quyết đề nghị khen thưởng; kết quả (tỷ lệ tính trên tổng số thành viên):'),
      { type: 'table', rows: [['STT', 'Họ và tên / Tên tập thể', 'Danh hiệu, hình thức đề nghị', 'Số đồng ý', 'Tỷ lệ'], ...rows], widths: [7, 30, 33, 15, 15] },
      heading('KẾT LUẬN'),
      paragraph(`Cuộc họp thống nhất đề nghị khen thưởng ${agreed.length}/${data.entries.length} trường hợp được quá nửa tổng số thành viên đồng ý: ${agreed.map((e) => `${e.subject.name} (${e.targetName})`).join('; ') || 'không có'}.`),
      paragraph('Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất thông qua.'),
      paragraph({ text: 'THƯ KÝ: ', bold: true }, meeting.secretary),
    ],
    recipients: [],
    signature: { authorityLines: [], title: 'CHỦ TRÌ', name: meeting.chair },
  }
}
