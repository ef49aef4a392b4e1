// Runs the daily digest at config.digestHour in Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam keeps no daylight
// saving time). Started by `tdkt serve`; does nothing without SMTP. A start after the hour sends the day's
// digest at once (sendDigests skips accounts already served today), so a restart never skips a day.
import type { Config } from '../../config.ts'
import type { Db } from '../../db/client.ts'
import { sendDigests, type DigestRun } from './send-digests.ts'

const VIETNAM_OFFSET_HOURS = 7
const DAY_MS = 24 * 60 * 60 * 1000

/** The next moment strictly after `now` at which the clock in Vietnam shows `hour`:00. Pure. */
export function nextDigestRun(now: Date, hour: number): Date {
  const vietnam = new Date(now.getTime() + VIETNAM_OFFSET_HOURS * 3_600_000)
  const today = Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate(), hour - VIETNAM_OFFSET_HOURS)
  return new Date(today > now.getTime() ? today : today + DAY_MS)
}

/** True when the clock in Vietnam is at or past `hour` today. Pure. */
export function pastDigestHour(now: Date, hour: number): boolean {
  return new Date(now.getTime() + VIETNAM_OFFSET_HOURS * 3_600_000).getUTCHours() >= hour
}

export interface DigestScheduler {
  stop(): void
}

export function startDigestScheduler(
  db: Db, config: Config, options: { now?: () => Date; log?: (message: string) => void } = {},
): DigestScheduler {
  const now = options.now ?? (() => new Date())
  const log = options.log ?? ((message: string) => console.log(message))
  if (!config.smtpUrl) return { stop() {} }
  let timer: NodeJS.Timeout | undefined
  let stopped = false

  const run = async () => {
    try {
      report(await sendDigests(db, config, now()), log)
    } catch (error) {
      log(`Gửi thư tổng hợp hằng ngày thất bại: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const schedule = () => {
    if (stopped) return
    const delay = Math.max(1000, nextDigestRun(now(), config.digestHour).getTime() - now().getTime())
    timer = setTimeout(() => void run().then(schedule), delay)
    timer.unref()
  }
  if (pastDigestHour(now(), config.digestHour)) void run().then(schedule)
  else schedule()
  return {
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
    },
  }
}

export function report(run: DigestRun, log: (message: string) => void): void {
  if (!run.enabled) {
    log('Chưa cấu hình máy chủ thư (TDKT_SMTP_URL): không gửi thư tổng hợp.')
    return
  }
  log(`Thư tổng hợp ngày ${run.day}: đã gửi ${run.sent}, không có việc gì ${run.empty}, lỗi ${run.failed.length}.`)
  for (const f of run.failed) log(`  ${f.username}: ${f.error}`)
}
