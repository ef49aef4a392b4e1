import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open.ts'
import { createApp } from '../server/http/app.ts'
import { listen } from '../server/http/listen.ts'
import { routes } from '../server/routes.ts'
import { startDigestScheduler } from '../server/modules/notifications/digest-scheduler.ts'
import { hasAnyTenant, printSignIns, seedDemo } from '../server/demo/seed-demo.ts'

export async function serveCommand(): Promise<void> {
  const config = loadConfig()
  const opened = await openDatabase(config)
  if (!(await hasAnyTenant(opened.db))) {
    console.log('Cơ sở dữ liệu trống: đang tạo dữ liệu mẫu…')
    printSignIns(await seedDemo(opened.db, { replace: false }))
  }
  const app = createApp({ db: opened.db, readDb: opened.readDb, config, routes })
  const digests = startDigestScheduler(opened.db, config)
  const server = listen(app.fetch, config.port, config.host, (info) => {
    console.log(`tdkt đang chạy tại http://${info.address === '127.0.0.1' ? 'localhost' : info.address}:${info.port} — ${opened.description}`)
  })
  const stop = () => {
    digests.stop()
    server.close()
    opened.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
