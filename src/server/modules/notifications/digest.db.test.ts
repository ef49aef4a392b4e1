// The daily digest by e-mail, sent for real to an SMTP server (smtp-server on a random local port): the unit
// receives, in Vietnamese, its due items (the plan's registration deadline, its registration not yet sent) and
// its unread notifications; a second run the same day sends nothing; without SMTP nothing is read or sent; a
// failed sending is released and sent by the next run.
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig, type Config } from '../../config.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { viDate } from '../../../rules/dates.ts'
import { communePlan } from '../campaigns/campaigns.testing.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { addDays } from './due-items.ts'
import { sendDigests } from './send-digests.ts'

interface Received { from: string; to: string[]; raw: string }

let t: HistoryTestContext
let smtp: SMTPServer
let port: number
const inbox: Received[] = []

beforeAll(async () => {
  t = await openHistoryTest()
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        inbox.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  port = (smtp.server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  await t.db.close()
})

const config = (overrides: Partial<Config> = {}): Config => ({
  ...loadConfig({}), smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'tdkt Bình Thành <tdkt@binhthanh.gov.vn>', publicUrl: 'https://tdkt.binhthanh.gov.vn', dueDays: 14, ...overrides,
})

/** The subject and the text/plain part of a raw message, decoded (encoded words, quoted-printable or base64). */
function decode(raw: string): { subject: string; text: string; html: string } {
  const words = (s: string) => s.replace(/\r?\n[ \t]/g, ' ').replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')))
  const qp = (s: string) => Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
  const subject = words(/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)![1]!).trim()
  const part = (type: string) => {
    const match = new RegExp(`Content-Type: ${type}[^]*?Content-Transfer-Encoding: (\\S+)\\r?\\n\\r?\\n([^]*?)\\r?\\n--`, 'i').exec(raw)
    if (!match) return ''
    return match[1]!.toLowerCase() === 'base64' ? Buffer.from(match[2]!.replace(/\s/g, ''), 'base64').toString('utf8') : qp(match[2]!)
  }
  return { subject, text: part('text/plain'), html: part('text/html') }
}

const today = todayInVietnam()
const registrationDue = addDays(today, 10)

describe('the daily digest', () => {
  let campaignId: string

  beforeAll(async () => {
    const officer = await t.as('officerA')
    const content = communePlan({
      title: 'Phát động thi đua năm 2026',
      deadlines: [{ id: 'dang-ky', kind: 'registration', name: 'Các đơn vị gửi bản đăng ký thi đua về UBND xã', due: { kind: 'date', date: registrationDue }, note: null }],
    })
    const draft = await created(await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content, addresseeIds: [t.tenant.org.schoolA.id] }))
    campaignId = (await created(await officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: today }), 200)).id
    await created(await officer.post('/api/registrations/reminders', { organizationId: t.tenant.org.schoolA.id, campaignId, year: 2026, note: 'Đề nghị nhà trường gửi sớm' }))
    await t.db.query(`UPDATE accounts SET email = 'truongtieuhoc@binhthanh.edu.vn' WHERE id = $1`, [t.tenant.accounts.unitSchoolA!.id])
  })

  it('without SMTP reads nothing, sends nothing and records nothing', async () => {
    const run = await sendDigests(t.db, config({ smtpUrl: undefined }))
    expect(run).toEqual({ day: today, enabled: false, sent: 0, empty: 0, failed: [] })
    expect(await t.db.query('SELECT 1 FROM notification_digests')).toEqual([])
  })

  it('releases the day when the mail server cannot be reached, so a later run sends it', async () => {
    const run = await sendDigests(t.db, config({ smtpUrl: 'smtp://127.0.0.1:1' }))
    expect(run.sent).toBe(0)
    expect(run.failed).toEqual([{ username: t.tenant.accounts.unitSchoolA!.username, error: expect.any(String) }])
    expect(await t.db.query('SELECT 1 FROM notification_digests')).toEqual([])
    expect(inbox).toEqual([])
  })

  it('sends the unit its due items and unread notifications in Vietnamese, once', async () => {
    const run = await sendDigests(t.db, config())
    expect(run).toMatchObject({ day: today, enabled: true, sent: 1, failed: [] })
    expect(inbox).toHaveLength(1)
    const mail = inbox[0]!
    expect(mail.to).toEqual(['truongtieuhoc@binhthanh.edu.vn'])
    expect(mail.from).toBe('tdkt@binhthanh.gov.vn')
    const { subject, text, html } = decode(mail.raw)
    expect(subject).toBe(`[tdkt] 2 việc sắp đến hạn, 1 thông báo chưa đọc — ngày ${viDate(today)}`)
    expect(text).toContain('Kính gửi Người dùng unitSchoolA,')
    expect(text).toContain(`VIỆC SẮP ĐẾN HẠN (từ ngày ${viDate(today)} đến ngày ${viDate(addDays(today, 14))}):`)
    expect(text).toContain(`- ${viDate(registrationDue)} — Các đơn vị gửi bản đăng ký thi đua về UBND xã (Kế hoạch «Phát động thi đua năm 2026»`)
    expect(text).toContain(`- ${viDate(registrationDue)} — Gửi đăng ký thi đua theo kế hoạch «Phát động thi đua năm 2026» (chưa lập bản đăng ký; Các đơn vị gửi bản đăng ký thi đua về UBND xã: ${viDate(registrationDue)})`)
    expect(text).toContain('https://tdkt.binhthanh.gov.vn/dang-ky-thi-dua')
    expect(text).toContain('THÔNG BÁO CHƯA ĐỌC (1):')
    expect(text).toContain('- Nhắc đăng ký thi đua theo kế hoạch «Phát động thi đua năm 2026»: Đề nghị nhà trường gửi sớm')
    expect(html).toContain(`<a href="https://tdkt.binhthanh.gov.vn/ke-hoach/${campaignId}">`)

    expect(await t.db.query('SELECT email, due_items, unread_items FROM notification_digests')).toEqual([{ email: 'truongtieuhoc@binhthanh.edu.vn', due_items: 2, unread_items: 1 }])
    expect(await sendDigests(t.db, config())).toMatchObject({ sent: 0, failed: [] })
    expect(inbox).toHaveLength(1)
  })

  it('sends again the next day, and nothing to an account with nothing due and nothing unread', async () => {
    await t.db.query(`UPDATE accounts SET email = 'bacson@bacson.gov.vn' WHERE id = $1`, [t.tenant.accounts.officerB!.id])
    const tomorrow = new Date(Date.now() + 24 * 3_600_000)
    const run = await sendDigests(t.db, config(), tomorrow)
    expect(run).toMatchObject({ day: todayInVietnam(tomorrow), sent: 1, empty: 1 })
    expect(inbox.map((m) => m.to[0])).toEqual(['truongtieuhoc@binhthanh.edu.vn', 'truongtieuhoc@binhthanh.edu.vn'])
  })
})
