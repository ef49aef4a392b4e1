// The event's documents read back: the invitations (one page per invitee in one file, or one alone), the
// programme with its times, the list of delegates (Word and Excel), the ceremony's pledge, the estimate.
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openEventsTest, TODAY, type EventsTestContext } from './events.testing.ts'

let t: EventsTestContext
let e: any // eslint-disable-line @typescript-eslint/no-explicit-any
const NAMES = ['Hoàng Văn Thắng', 'Ma Văn Hùng', 'Lục Thị Hoa']

const officer = () => t.events('officerA')
async function bytesOf(path: string): Promise<Buffer> {
  const res = await t.download('officerA', `/api/events/${e.id}/documents/${path}`)
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}
const docxText = async (path: string) => (await mammoth.extractRawText({ buffer: await bytesOf(path) })).value
const pdfPages = async (path: string) => (await extractText(new Uint8Array(await bytesOf(path)), { mergePages: false })).text.map((p) => p.replace(/\s+/g, ' '))

beforeAll(async () => {
  t = await openEventsTest()
  await t.fund(10_000_000)
  const client = await officer()
  e = (await client.post('/api/events', {
    kind: 'launch_ceremony', organizationId: t.tenant.org.communeA.id, title: 'Lễ phát động thi đua chào mừng Đại hội Đảng bộ xã', eventDate: TODAY, startTime: '08:00', venue: 'Hội trường Đảng ủy xã',
  })).body
  for (const [i, fullName] of NAMES.entries()) {
    e = (await client.post(`/api/events/${e.id}/attendees`, { fullName, position: i === 1 ? 'Bí thư Chi bộ xóm Đồng Tâm' : 'Ủy viên Ban Chấp hành', groupId: e.groups[i].id, seat: `Hàng 1, ghế ${i + 1}` })).body
  }
  e = (await client.post(`/api/events/${e.id}/pledge-signers`, { attendeeId: e.attendees.find((a: { fullName: string }) => a.fullName === 'Ma Văn Hùng').id, organizationId: t.tenant.org.partyCellA.id })).body
  e = (await client.put(`/api/events/${e.id}/budget`, { version: e.version, lines: [{ item: 'Trang trí khánh tiết', quantity: 1, unitPrice: 800_000 }] })).body
  e = (await client.post(`/api/events/${e.id}/invitations`, { version: e.version })).body
})
afterAll(() => t.db.close())

describe('invitations', () => {
  it('prints one page per invitee in one Word file', async () => {
    const text = await docxText('invitations?format=docx')
    expect(text.match(/GIẤY MỜI/g)).toHaveLength(3)
    for (const name of NAMES) expect(text).toContain(name)
    expect(text).toContain('Thời gian: 08 giờ 00')
    expect(text).toContain('Vị trí chỗ ngồi: Hàng 1, ghế 2.')
    expect(text).toMatch(/Số: \s*\/GM-UBND/)
  })

  it('prints one page per invitee in one PDF, and one invitee alone', async () => {
    const pages = await pdfPages('invitations?format=pdf')
    expect(pages).toHaveLength(3)
    const order = e.attendees.map((a: { fullName: string }) => a.fullName)
    order.forEach((name: string, i: number) => expect(pages[i]).toContain(name))
    const one = e.attendees[1]
    const alone = await pdfPages(`invitations?format=pdf&attendeeId=${one.id}`)
    expect(alone).toHaveLength(1)
    expect(alone[0]).toContain(one.fullName)
  })
})

describe('the other documents', () => {
  it('prints the programme with each item\'s start time, from the start time and the durations', async () => {
    const text = await docxText('programme?format=docx')
    expect(text).toContain('CHƯƠNG TRÌNH')
    expect(text).toMatch(/08:00\s+Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu/)
    expect(text).toMatch(/08:05\s+Phát biểu khai mạc/)
  })

  it('lists the delegates by group with their seats, in Word and in Excel', async () => {
    const text = await docxText('attendees?format=docx')
    expect(text).toContain('DANH SÁCH')
    expect(text).toContain(`1. ${e.groups[0].name} (1 đại biểu)`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await bytesOf('attendees?format=xlsx')) as unknown as ArrayBuffer)
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1))
    expect(rows[2]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Vai trò', 'Chỗ ngồi', 'Giấy mời', 'Có mặt'])
    expect(rows.slice(3, 6).map((r) => [r[1], r[6], r[7]])).toEqual(NAMES.map((n, i) => [n, `Hàng 1, ghế ${i + 1}`, 'Đã phát hành']))
  })

  it('prints the pledge with a signature line per signing unit, and the estimate from the fund', async () => {
    const pledge = await docxText('pledge?format=docx')
    expect(pledge).toContain('BẢN CAM KẾT THI ĐUA')
    expect(pledge).toMatch(/1\s+Chi bộ xóm Đồng Tâm\s+Ma Văn Hùng, Bí thư Chi bộ xóm Đồng Tâm/)
    const estimate = await pdfPages('estimate?format=pdf')
    expect(estimate[0]).toContain('DỰ TOÁN')
    expect(estimate[0]).toContain('800.000')
    expect(estimate[0]).toContain('Quỹ thi đua, khen thưởng của Xã Bình Thành')
  })

  it('refuses Excel for anything but the list', async () => {
    const res = await (await officer()).get(`/api/events/${e.id}/documents/programme?format=xlsx`)
    expect(res.status).toBe(400)
    expect(res.body.error.fields.format).toMatch(/danh sách đại biểu/)
  })
})
