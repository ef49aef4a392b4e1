// The server of the HTTP benchmark in a process of its own (PostgreSQL runs: DATABASE_URL), so its memory is
// measured apart from the database and the load clients: the app as `tdkt serve` builds it (its own pool,
// the same routes and configuration) and the bare Hono endpoint on a second port, on the same pool.
// Started by startServerProcess (http-load.ts) with --import tsx; speaks to its parent over IPC:
//   → { type: 'ready', appUrl, bareUrl }   ← { type: 'rss' } → { type: 'rss', maxRss } (highest RSS since the last ask)
import { openPostgres } from '../src/server/db/client.ts'
import { loadConfig } from '../src/server/config.ts'
import { createApp } from '../src/server/http/app.ts'
import { routes } from '../src/server/routes.ts'
import { bareApp, startServer } from './http-load.ts'

const [provinceId, rootPath] = process.argv.slice(2)
const databaseUrl = process.env.DATABASE_URL
if (!provinceId || !rootPath || !databaseUrl || !process.send) throw new Error('server-process: cần DATABASE_URL, mã tỉnh, đường dẫn gốc và kênh IPC của tiến trình cha')

const config = loadConfig()
const db = openPostgres(databaseUrl)
const app = await startServer(createApp({ db, config, routes }).fetch)
const bare = await startServer(bareApp(db, provinceId, rootPath).fetch)

let maxRss = process.memoryUsage().rss
setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 50).unref()
process.on('message', (message: { type: string }) => {
  if (message.type !== 'rss') return
  process.send!({ type: 'rss', maxRss: Math.max(maxRss, process.memoryUsage().rss) })
  maxRss = process.memoryUsage().rss
})
process.on('disconnect', () => {
  void Promise.all([app.close(), bare.close()]).then(() => db.close()).finally(() => process.exit(0))
})
process.send({ type: 'ready', appUrl: app.url, bareUrl: bare.url })
