// The daily e-mail (thư tổng hợp hằng ngày): what is due and the unread notifications, in Vietnamese, as plain
// text and simple HTML with absolute links to the app. Pure.
import { viDate } from '../../../rules/dates.ts'
import type { DueDigest } from './due-items.ts'
import type { NotificationRecord } from './notifications.repository.ts'

export interface DigestMail {
  subject: string
  text: string
  html: string
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export function digestMail(
  recipient: { displayName: string },
  digest: DueDigest,
  unread: { items: readonly Pick<NotificationRecord, 'title' | 'body' | 'link'>[]; total: number },
  publicUrl: string,
): DigestMail {
  const url = (link: string | null) => `${publicUrl}${link ?? '/thong-bao'}`
  const dueLine = (i: DueDigest['items'][number]) =>
    `${i.overdue ? '[QUÁ HẠN] ' : ''}${i.due ? `${viDate(i.due)} — ` : ''}${i.title}${i.detail ? ` (${i.detail})` : ''}`
  const parts = [
    digest.items.length ? `${digest.items.length} việc sắp đến hạn` : null,
    unread.total ? `${unread.total} thông báo chưa đọc` : null,
  ].filter(Boolean)
  const subject = `[tdkt] ${parts.join(', ')} — ngày ${viDate(digest.today)}`
  const more = unread.total - unread.items.length

  const text = [
    `Kính gửi ${recipient.displayName},`,
    '',
    `VIỆC SẮP ĐẾN HẠN (từ ngày ${viDate(digest.today)} đến ngày ${viDate(digest.until)}):`,
    ...(digest.items.length ? digest.items.map((i) => `- ${dueLine(i)}\n  ${url(i.link)}`) : ['- Không có việc nào sắp đến hạn.']),
    '',
    `THÔNG BÁO CHƯA ĐỌC (${unread.total}):`,
    ...(unread.items.length ? unread.items.map((n) => `- ${n.title}${n.body ? `: ${n.body}` : ''}\n  ${url(n.link)}`) : ['- Không có thông báo chưa đọc.']),
    ...(more > 0 ? [`- … và ${more} thông báo khác: ${url('/thong-bao')}`] : []),
    '',
    `Xem tất cả tại ${url('/thong-bao')}`,
    'Thư này do hệ thống tdkt gửi tự động mỗi ngày; vui lòng không trả lời thư.',
  ].join('\n')

  const li = (label: string, link: string | null, strong = false) =>
    `<li>${strong ? '<strong>' : ''}<a href="${escapeHtml(url(link))}">${escapeHtml(label)}</a>${strong ? '</strong>' : ''}</li>`
  const html = [
    `<p>Kính gửi ${escapeHtml(recipient.displayName)},</p>`,
    `<h3>Việc sắp đến hạn (từ ngày ${viDate(digest.today)} đến ngày ${viDate(digest.until)})</h3>`,
    digest.items.length ? `<ul>${digest.items.map((i) => li(dueLine(i), i.link, i.overdue)).join('')}</ul>` : '<p>Không có việc nào sắp đến hạn.</p>',
    `<h3>Thông báo chưa đọc (${unread.total})</h3>`,
    unread.items.length ? `<ul>${unread.items.map((n) => li(`${n.title}${n.body ? `: ${n.body}` : ''}`, n.link)).join('')}</ul>` : '<p>Không có thông báo chưa đọc.</p>',
    more > 0 ? `<p>… và ${more} thông báo khác.</p>` : '',
    `<p><a href="${escapeHtml(url('/thong-bao'))}">Xem tất cả trên tdkt</a></p>`,
    '<p style="color:#888">Thư này do hệ thống tdkt gửi tự động mỗi ngày; vui lòng không trả lời thư.</p>',
  ].join('\n')
  return { subject, text, html }
}
