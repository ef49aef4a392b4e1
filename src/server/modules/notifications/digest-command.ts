// tdkt digest: sends today's digest now to every account not yet served today (safe to run again).
import { loadConfig } from '../../config.ts'
import { openDatabase } from '../../db/open.ts'
import { report } from './digest-scheduler.ts'
import { sendDigests } from './send-digests.ts'

export async function runDigestCommand(args: string[] = []): Promise<void> {
  if (args.length > 0) throw new Error('Cách dùng: tdkt digest (gửi thư tổng hợp việc sắp đến hạn của hôm nay; cần TDKT_SMTP_URL)')
  const config = loadConfig()
  const opened = await openDatabase(config)
  try {
    const run = await sendDigests(opened.db, config)
    report(run, (message) => console.log(message))
    if (run.failed.length) process.exitCode = 1
  } finally {
    await opened.close()
  }
}
