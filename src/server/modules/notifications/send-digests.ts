// The daily digest by e-mail: to every active account with an address, what is due for it and its unread
// notifications — once per account per day (Asia/Ho_Chi_Minh), recorded in notification_digests so a second
// run the same day (a restart, `tdkt digest` by hand) sends nothing twice. Without SMTP nothing is sent.
import { randomUUID } from 'node:crypto'
import nodemailer from 'nodemailer'
import { todayInVietnam } from '../../../shared/people.ts'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/client.ts'
import type { Role } from '../../auth/policy.ts'
import { digestMail } from './digest-mail.ts'
import { getDue } from './get-due.ts'
import { deleteDigest, listDigestRecipients, listOwn, recordDigest, type DigestRecipient } from './notifications.repository.ts'

/** How many unread notifications the e-mail lists (the rest are counted). */
const UNREAD_LISTED = 20

export interface DigestRun {
  day: string
  /** False when SMTP is not configured: nothing was read or sent. */
  enabled: boolean
  sent: number
  /** Accounts with nothing due and nothing unread: no e-mail. */
  empty: number
  failed: { username: string; error: string }[]
}

const actorOf = (r: DigestRecipient) => ({
  accountId: r.accountId, provinceId: r.provinceId, username: r.username, displayName: r.displayName, role: r.role as Role,
  organizationId: r.organizationId, organizationPath: r.organizationPath,
})

export async function sendDigests(db: Db, config: Config, now = new Date()): Promise<DigestRun> {
  const day = todayInVietnam(now)
  const run: DigestRun = { day, enabled: Boolean(config.smtpUrl), sent: 0, empty: 0, failed: [] }
  if (!config.smtpUrl) return run
  const transport = nodemailer.createTransport(config.smtpUrl)
  try {
    for (const recipient of await listDigestRecipients(db, day)) {
      const ctx = { db, actor: actorOf(recipient), requestId: `digest-${randomUUID()}` }
      const [digest, unread] = await Promise.all([
        getDue(ctx, config.dueDays, day),
        listOwn(db, recipient.provinceId, recipient.accountId, { filter: 'unread', limit: UNREAD_LISTED, offset: 0 }),
      ])
      if (digest.items.length === 0 && unread.total === 0) {
        run.empty++
        continue
      }
      // Claim the day first; a failed sending releases it so the next run tries again.
      const claim = { provinceId: recipient.provinceId, accountId: recipient.accountId, day, email: recipient.email }
      if (!(await recordDigest(db, { ...claim, dueItems: digest.items.length, unreadItems: unread.total }))) continue
      try {
        const mail = digestMail(recipient, digest, unread, config.publicUrl)
        await transport.sendMail({ from: config.mailFrom, to: { name: recipient.displayName, address: recipient.email }, ...mail })
        run.sent++
      } catch (error) {
        await deleteDigest(db, recipient.provinceId, recipient.accountId, day)
        run.failed.push({ username: recipient.username, error: error instanceof Error ? error.message : String(error) })
      }
    }
  } finally {
    transport.close()
  }
  return run
}
