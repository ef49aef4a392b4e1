import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { renderDocx, toPlainText } from '../decree30/index.ts'
import type { DossierEntry, NominationDossierData } from './dossier-data.ts'
import { achievementReport, proposalDocument, reviewMinutes, summaryTable } from './index.ts'

const teacher: DossierEntry = {
  subject: {
    kind: 'individual', name: 'Hoàng Thị Lan', positionAndUnit: 'Giáo viên, Trường Tiểu học Bắc Sơn', birthDate: '1988-03-09', sex: 'nu',
    position: 'Giáo viên', unitName: 'Trường Tiểu học Bắc Sơn', parentName: null, address: null, memberCount: null, headName: null,
  },
  targetName: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
  achievement: 'Bồi dưỡng 5 học sinh đạt giải cấp tỉnh năm học 2024-2025.\nTích cực trong phong trào thi đua chào mừng Đại hội Đảng bộ xã.',
  simplifiedCase: null,
  reportForm: 'Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP',
  verdict: 'Đủ điều kiện',
  priorTitles: [{ year: 2024, name: 'Lao động tiên tiến', decision: 'Quyết định số 165/QĐ-UBND ngày 24/12/2024 của Chủ tịch UBND xã Bắc Sơn' }],
  priorForms: [],
  votes: { inFavour: 7, members: 9 },
}
const village: DossierEntry = {
  ...teacher,
  subject: { kind: 'collective', name: 'Thôn Kim Sơn', positionAndUnit: 'Xã Bắc Sơn', birthDate: null, sex: null, position: null, unitName: 'Thôn Kim Sơn', parentName: 'Xã Bắc Sơn', address: 'Thôn Kim Sơn, xã Bắc Sơn', memberCount: 120, headName: null },
  targetName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  achievement: 'Hoàn thành xây dựng nông thôn mới kiểu mẫu.',
  reportForm: 'Mẫu số 04, Phụ lục Nghị định 152/2025/NĐ-CP (số mẫu suy luận)',
  votes: { inFavour: 4, members: 9 },
}
const data: NominationDossierData = {
  unit: {
    track: 'state', heading: 'ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN', governingBody: null, place: 'Bắc Sơn', symbolTail: 'UBND', formalName: 'Ủy ban nhân dân xã Bắc Sơn',
    signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Trịnh Minh Tuấn' },
  },
  recipient: 'Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên',
  number: '07',
  date: '2025-08-20',
  year: 2025,
  campaign: { reference: 'Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thái Nguyên', short: 'Kế hoạch số 141/KH-UBND' },
  legalBases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
  meeting: { date: '2025-08-15', place: 'Hội trường Ủy ban nhân dân xã', chair: 'Trịnh Minh Tuấn', secretary: 'Dương Thị Ngân', members: 9, present: 8 },
  entries: [teacher, village],
}

const docxText = async (model: Parameters<typeof renderDocx>[0]) => (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(model)) })).value

describe('nomination dossier parts', () => {
  it('the proposal is addressed to the deciding level, numbered, and lists every nominee', async () => {
    const text = await docxText(proposalDocument(data))
    expect(text).toContain('Số: 07/TTr-UBND')
    expect(text).toContain('TỜ TRÌNH')
    expect(text).toContain('Về việc đề nghị khen thưởng theo Kế hoạch số 141/KH-UBND')
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên.')
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')
    expect(text).toContain('Căn cứ kết quả họp xét đề nghị khen thưởng ngày 15/08/2025 của Ủy ban nhân dân xã Bắc Sơn,')
    expect(text).toContain('tặng thưởng cho 01 tập thể, 01 cá nhân')
    expect(text).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG')
    expect(text).toContain('(Kèm theo Tờ trình số 07/TTr-UBND ngày 20/08/2025 của Ủy ban nhân dân xã Bắc Sơn)')
    expect(text).toContain('Hoàng Thị Lan')
    expect(text).toContain('Bồi dưỡng 5 học sinh đạt giải cấp tỉnh năm học 2024-2025.')
    expect(text).not.toContain('Tích cực trong phong trào') // the list keeps the first sentence
  })

  it('a draft proposal leaves its number and date blank', () => {
    const text = toPlainText(proposalDocument({ ...data, number: null, date: null, campaign: null, meeting: null }))
    expect(text).toMatch(/Số: +\/TTr-UBND/)
    expect(text).toContain('Về việc đề nghị khen thưởng năm 2025')
    expect(text).not.toContain('họp xét')
    expect(text).toContain('(Kèm theo Tờ trình của Ủy ban nhân dân xã Bắc Sơn)')
  })

  it('the achievement report follows the form of the subject kind', async () => {
    const person = await docxText(achievementReport(data, teacher))
    for (const heading of ['BÁO CÁO THÀNH TÍCH', 'I. SƠ LƯỢC LÝ LỊCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', '1. Quyền hạn, nhiệm vụ được giao', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', '1. Danh hiệu thi đua', 'NGƯỜI BÁO CÁO THÀNH TÍCH']) {
      expect(person).toContain(heading)
    }
    expect(person).toContain('(Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP)')
    expect(person).toContain('Ngày, tháng, năm sinh: 09/03/1988')
    expect(person).toContain('Quê quán: ……')
    expect(person).toContain('Tích cực trong phong trào thi đua chào mừng Đại hội Đảng bộ xã.')
    expect(person).toContain('Quyết định số 165/QĐ-UBND ngày 24/12/2024 của Chủ tịch UBND xã Bắc Sơn')
    const collective = await docxText(achievementReport(data, village))
    expect(collective).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH')
    expect(collective).toContain('Tổng số cán bộ, công chức, viên chức, người lao động: 120')
    expect(collective).toContain('THỦ TRƯỞNG ĐƠN VỊ')
    const household = toPlainText(achievementReport(data, { ...village, subject: { ...village.subject, kind: 'household', name: 'Hộ Nông Văn Hải', headName: 'Nông Văn Hải' }, simplifiedCase: 'Thành tích đột xuất' }))
    expect(household).toContain('BÁO CÁO TÓM TẮT THÀNH TÍCH')
    expect(household).toContain('(Thủ tục đơn giản — Thành tích đột xuất)')
    expect(household).toContain('I. THÔNG TIN HỘ GIA ĐÌNH')
    expect(household).toContain('Chủ hộ: Nông Văn Hải')
  })

  it('the summary table carries the verdict and the minutes the vote of all members', async () => {
    const summary = await docxText(summaryTable(data))
    expect(summary).toContain('BẢNG TÓM TẮT THÀNH TÍCH')
    expect(summary).toContain('Kết quả xét điều kiện')
    expect(summary).toContain('Đủ điều kiện')
    const minutes = await docxText(reviewMinutes(data, data.meeting!))
    expect(minutes).toContain('BIÊN BẢN')
    expect(minutes).toContain('Hôm nay, ngày 15/08/2025, tại Hội trường Ủy ban nhân dân xã')
    expect(minutes).toContain('Thành phần: 8/9 thành viên có mặt, 1 thành viên vắng mặt')
    expect(minutes).toContain('77,8%')
    expect(minutes).toContain('Cuộc họp thống nhất đề nghị khen thưởng 1/2 trường hợp được quá nửa tổng số thành viên đồng ý: Hoàng Thị Lan (Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã).')
    expect(minutes).toContain('CHỦ TRÌ')
  })
})
