// The minutes of a council session (biên bản họp Hội đồng Thi đua – Khen thưởng): when and where, who chaired
// and took the minutes, attendance (absentees and their written opinions), each item's vote as numbers and
// as a share of ALL the members against the threshold it needed (Nghị định 98/2023 Điều 30 khoản 7, or the
// council's rule), recusals, the quota check, the conclusion and the signatures (law.md §4.2: practice, no
// national form). Built like the unit's review minutes (../nomination/review-minutes.ts) from its parts.
import type { Block, DocumentModel } from '../document-model.ts'
import { dmy, heading, item, paragraph } from '../nomination/parts.ts'
import type { CouncilMinutesData, MinutesMember } from './minutes-data.ts'

const person = (m: MinutesMember) => `Đồng chí ${m.fullName}, ${m.title}`
const votes = (v: { for: number; against: number; abstain: number }) => [String(v.for), String(v.against), String(v.abstain)]

function attendance(data: CouncilMinutesData): Block[] {
  const blocks: Block[] = [paragraph(`Thành phần: ${data.present.length}/${data.totalMembers} thành viên Hội đồng có mặt, ${data.absent.length} thành viên vắng mặt.`)]
  blocks.push(paragraph({ text: 'Thành viên có mặt:', bold: true }), ...data.present.map((m) => item(`${person(m)}.`)))
  if (data.absent.length > 0) {
    blocks.push(paragraph({ text: 'Thành viên vắng mặt:', bold: true }))
    blocks.push(...data.absent.map((m) => item(`${person(m)} — ${m.wroteOpinion ? 'có ý kiến bằng văn bản' : 'không có ý kiến bằng văn bản'}.`)))
  }
  return blocks
}

function results(data: CouncilMinutesData): Block[] {
  const rows = data.items.map((e, i) => [String(i + 1), `${e.nominee} (${e.unitName})`, e.targetName, ...votes(e.votes), e.shareFor, e.requirement, e.passed ? 'Thông qua' : 'Không thông qua'])
  const blocks: Block[] = [
    paragraph(
      'Hội đồng đã nghe báo cáo tóm tắt thành tích, xem xét tiêu chuẩn và biểu quyết từng trường hợp: thành viên có mặt bỏ phiếu kín trực tuyến, ' +
        'thành viên vắng mặt biểu quyết bằng văn bản; tỷ lệ tính trên tổng số thành viên Hội đồng, không trên số có mặt. Kết quả:',
    ),
    {
      type: 'table',
      rows: [['STT', 'Người/tập thể được đề nghị', 'Danh hiệu, hình thức', 'Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Tỷ lệ đồng ý', 'Yêu cầu', 'Kết quả'], ...rows],
      widths: [5, 19, 15, 8, 8, 9, 9, 16, 11],
    },
  ]
  const written = data.items.filter((e) => e.written.for + e.written.against + e.written.abstain > 0)
  if (written.length > 0) {
    blocks.push(paragraph(`Trong đó, số biểu quyết bằng văn bản: ${written.map((e) => `${e.nominee}: ${e.written.for} đồng ý, ${e.written.against} không đồng ý, ${e.written.abstain} không biểu quyết`).join('; ')}.`))
  }
  return blocks
}

export function councilMinutes(data: CouncilMinutesData): DocumentModel {
  const passed = data.items.filter((e) => e.passed)
  const failed = data.items.filter((e) => !e.passed)
  return {
    header: { track: data.track, governingBody: data.governingBody, issuer: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', number: null, symbol: 'BB-HĐTĐKT', place: data.place, date: data.meetsOn },
    documentType: 'BIÊN BẢN',
    title: `Họp ${data.councilName}: ${data.title}`,
    body: [
      paragraph(`Hôm nay, ngày ${dmy(data.meetsOn)}${data.meetingPlace ? `, tại ${data.meetingPlace}` : ''}, ${data.councilName} họp xét đề nghị khen thưởng.`),
      item(`Chủ trì: ${data.chair ? person(data.chair) : '……………………………………'}.`),
      item(`Thư ký: ${data.secretary ? person(data.secretary) : '……………………………………'}.`),
      ...attendance(data),
      heading('I. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT'),
      ...results(data),
      heading('II. Ý KIẾN BẰNG VĂN BẢN CỦA THÀNH VIÊN VẮNG MẶT'),
      ...(data.opinions.length > 0
        ? data.opinions.map((o) => item(`${o.member}: ${o.choice} đề nghị ${o.targetName} cho ${o.nominee}${o.note ? ` (${o.note})` : ''}.`))
        : [paragraph('Không có.')]),
      heading('III. THÀNH VIÊN KHÔNG THAM GIA BIỂU QUYẾT'),
      ...(data.recusals.length > 0 ? data.recusals.map((r) => item(`${r.member} không biểu quyết trường hợp ${r.nominee}: ${r.reason}.`)) : [paragraph('Không có.')]),
      heading('IV. KIỂM TRA TỶ LỆ KHEN THƯỞNG'),
      ...(data.quotaNotes.length > 0 ? data.quotaNotes.map((n) => item(`${n}.`)) : [paragraph('Các trường hợp được thông qua không vượt tỷ lệ khen thưởng theo quy định.')]),
      heading('V. KẾT LUẬN'),
      paragraph(`Hội đồng thống nhất thông qua ${passed.length}/${data.items.length} trường hợp: ${passed.map((e) => `${e.nominee} (${e.targetName})`).join('; ') || 'không có'}.`),
      ...(failed.length > 0 ? [paragraph(`Không thông qua ${failed.length} trường hợp:`), ...failed.map((e) => item(`${e.nominee} (${e.targetName}): ${e.reason}.`))] : []),
      paragraph('Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất thông qua.'),
      paragraph({ text: 'THƯ KÝ: ', bold: true }, data.secretary?.fullName ?? ''),
    ],
    recipients: ['Thành viên Hội đồng', 'Lưu: VT'],
    signature: { authorityLines: ['TM. HỘI ĐỒNG'], title: 'CHỦ TỊCH', name: data.chair?.fullName ?? '' },
  }
}
