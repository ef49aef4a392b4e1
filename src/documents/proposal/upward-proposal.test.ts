import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { toPlainText } from '../decree30/index.ts'
import type { DossierEntry } from '../nomination/index.ts'
import { proposalListWorkbook, upwardProposalDocument, type UpwardProposalData } from './index.ts'

const entry = (name: string, kind: DossierEntry['subject']['kind'], targetName: string): DossierEntry => ({
  subject: { kind, name, positionAndUnit: 'Giáo viên, Trường Tiểu học Bắc Sơn', birthDate: null, sex: null, position: null, unitName: 'Trường Tiểu học Bắc Sơn', parentName: null, address: null, memberCount: null, headName: null },
  targetName, achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025. Có sáng kiến cấp tỉnh.', simplifiedCase: null, reportForm: null, verdict: 'Đủ điều kiện',
  priorTitles: [], priorForms: [], votes: null,
})

const data: UpwardProposalData = {
  sender: {
    track: 'state', heading: 'ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN', governingBody: null, place: 'Bắc Sơn', symbolTail: 'UBND', formalName: 'Ủy ban nhân dân xã Bắc Sơn',
    signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Trịnh Minh Tuấn' },
  },
  recipient: 'Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên',
  number: '07',
  date: '2025-12-20',
  legalBases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
  council: { name: 'Hội đồng Thi đua – Khen thưởng xã Bắc Sơn', meetsOn: '2025-12-12' },
  entries: [
    { entry: entry('Hoàng Thị Lan', 'individual', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'), nominatingUnit: 'Trường Tiểu học Bắc Sơn', councilVote: '8/9 thành viên đồng ý' },
    { entry: entry('Thôn Kim Sơn', 'collective', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'), nominatingUnit: 'Thôn Kim Sơn', councilVote: null },
  ],
}

describe('the proposal to the level above', () => {
  it('is a Decree 30 proposal of the sender, asking the level above to confer the forms, with the list', () => {
    const model = upwardProposalDocument(data)
    expect(model.header).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN', number: '07', symbol: 'TTr-UBND', date: '2025-12-20' })
    expect(model.title).toBe('Về việc đề nghị Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')
    const text = toPlainText(model)
    expect(text).toContain('TỜ TRÌNH')
    expect(text).toContain('Căn cứ kết quả họp xét, bỏ phiếu của Hội đồng Thi đua – Khen thưởng xã Bắc Sơn ngày 12/12/2025,')
    expect(text).toContain('tặng thưởng cho 01 tập thể, 01 cá nhân')
    expect(text).toContain('(Kèm theo Tờ trình số 07/TTr-UBND ngày 20/12/2025 của Ủy ban nhân dân xã Bắc Sơn)')
    const table = model.body.find((b) => b.type === 'table')!
    expect(table.type === 'table' && table.rows[1]).toEqual(['1', 'Hoàng Thị Lan', 'Giáo viên, Trường Tiểu học Bắc Sơn', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025.', '8/9 thành viên đồng ý'])
  })

  it('leaves number and date out while a draft', () => {
    expect(toPlainText(upwardProposalDocument({ ...data, number: null, date: null }))).toContain('(Kèm theo Tờ trình của Ủy ban nhân dân xã Bắc Sơn)')
  })

  it('writes the list as a spreadsheet with the nominating unit', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await proposalListWorkbook(data)).buffer as ArrayBuffer)
    const sheet = workbook.getWorksheet('Danh sách')!
    expect(sheet.getCell('A2').value).toBe('(Kèm theo Tờ trình số 07/TTr-UBND ngày 20/12/2025 của Ủy ban nhân dân xã Bắc Sơn)')
    expect(sheet.getRow(6).values).toEqual([undefined, 2, 'Thôn Kim Sơn', 'Giáo viên, Trường Tiểu học Bắc Sơn', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025.', undefined, 'Thôn Kim Sơn'])
  })
})
