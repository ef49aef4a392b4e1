// The Hono app: security middleware, session resolution, CSRF, the route table under /api,
// the OpenAPI document, and the built SPA for every other path.
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getCookie } from 'hono/cookie'
import { getConnInfo } from '@hono/node-server/conninfo'
import { serveStatic } from '@hono/node-server/serve-static'
import type { z } from 'zod'
import { DatabaseBusyError, isConnectionError, type Db } from '../db/client.ts'
import type { Config } from '../config.ts'
import { AppError, parseOrThrow, serverBusy } from './errors.ts'
import { can, type Actor } from '../auth/policy.ts'
import { CSRF_HEADER, findSession, SESSION_COOKIE } from '../auth/session.ts'
import { buildOpenApi } from './openapi.ts'
import { securityHeaders } from './security-headers.ts'
import type { AnyRoute, UploadedFile } from './route.ts'

const JSON_BODY_LIMIT = 1024 * 1024
const CLIENT_DIR = path.resolve('dist/client')

type Env = { Variables: { requestId: string; actor: Actor | null; csrfToken: string | null } }

/** What a request gets while PostgreSQL is unreachable (stopped, restarting, failing over). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại'

/** `readDb`: the replica for lag-tolerant reads (DATABASE_READ_URL); the primary `db` when absent. */
export function createApp(options: { db: Db; readDb?: Db; config: Config; routes: AnyRoute[] }) {
  const { db, config, routes } = options
  const readDb = options.readDb ?? db
  const app = new Hono<Env>()

  app.use('*', async (c, next) => {
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) || randomUUID())
    await next()
    // On the answer's own headers: c.header() after the handler would rebuild the whole response (and stream its body).
    c.res.headers.set('x-request-id', c.get('requestId'))
  })
  app.use('*', securityHeaders())

  app.onError((error, c) => {
    if (error instanceof DatabaseBusyError) {
      console.error(`[${c.get('requestId')}] ${error.message}`)
      error = serverBusy()
    }
    if (error instanceof AppError) {
      if (error.code === 'SERVER_BUSY') c.header('retry-after', '5')
      return c.json(error.toJSON(), error.status as 400)
    }
    if (isConnectionError(error)) {
      console.error(`[${c.get('requestId')}] ${error.message}`)
      c.header('retry-after', '5')
      return c.json({ error: { code: 'DATABASE_UNAVAILABLE', message: `${DATABASE_UNAVAILABLE_MESSAGE}.` } }, 503)
    }
    console.error(`[${c.get('requestId')}]`, error)
    return c.json(new AppError('INTERNAL', `Lỗi hệ thống, vui lòng thử lại. Mã yêu cầu: ${c.get('requestId')}`).toJSON(), 500)
  })
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json(new AppError('NOT_FOUND', 'Không tìm thấy địa chỉ API này.').toJSON(), 404)
    return spaIndex(c)
  })

  // Resolve the session once per request; enforce CSRF on cookie-authenticated writes.
  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    const session = token ? await findSession(db, token) : null
    c.set('actor', session?.actor ?? null)
    c.set('csrfToken', session?.csrfToken ?? null)
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const site = c.req.header('sec-fetch-site')
      if (site === 'cross-site') throw new AppError('CSRF', 'Yêu cầu từ trang web khác bị từ chối (CSRF).')
      if (session && c.req.header(CSRF_HEADER) !== session.csrfToken) {
        throw new AppError('CSRF', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang.')
      }
    }
    await next()
  })

  app.get('/api/openapi.json', (c) => c.json(buildOpenApi(routes)))

  for (const route of routes) {
    const handle = async (c: Context<Env>) => {
      const actor = c.get('actor')
      if (route.access !== 'public') {
        if (!actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.')
        if (route.access !== 'signed-in' && !can(actor, route.access)) throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.')
      }
      const params = route.params ? parseOrThrow(route.params as z.ZodType, c.req.param(), 'params') : undefined
      const query = route.query ? parseOrThrow(route.query as z.ZodType, c.req.query(), '') : undefined
      let body: unknown
      let file: UploadedFile | undefined
      if (route.upload) {
        file = await readUpload(c)
      } else if (route.body) {
        const raw = await c.req.json().catch(() => {
          throw new AppError('VALIDATION', 'Nội dung gửi lên không phải JSON hợp lệ.')
        })
        body = parseOrThrow(route.body as z.ZodType, raw)
      }
      const clientAddress = clientAddressOf(c)
      const ctx = { db, readDb, actor: actor as Actor, requestId: c.get('requestId'), config, clientAddress }
      const result = await route.handler({ ctx, params, query, body, file, c } as never)
      if (result instanceof Response) return result
      if (route.status === 204) return c.body(null, 204)
      return c.json(result ?? {}, route.status ?? 200)
    }
    // A GET route never reads a body (only writes declare one); asking for it would build a full web Request.
    if (route.method === 'get') app.get(route.path, handle)
    else app.on(route.method.toUpperCase(), route.path, bodyLimitOf(route, config), handle)
  }

  if (fs.existsSync(CLIENT_DIR)) {
    app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), CLIENT_DIR) }))
    app.use('/favicon.svg', serveStatic({ root: path.relative(process.cwd(), CLIENT_DIR) }))
  }
  app.get('*', spaIndex)
  return app
}

/** A write's body: an upload up to TDKT_UPLOAD_LIMIT_MB, JSON up to 1 MB; beyond, 413 in Vietnamese. */
function bodyLimitOf(route: AnyRoute, config: Config) {
  const limit = route.upload ? config.uploadLimitBytes + 64 * 1024 : JSON_BODY_LIMIT
  const tooLarge = (c: Context) => {
    const mb = Math.round(limit / 1024 / 1024)
    return c.json(new AppError('PAYLOAD_TOO_LARGE', `Tệp hoặc dữ liệu gửi lên vượt quá giới hạn ${mb} MB.`, { file: `Tệp vượt quá ${mb} MB` }).toJSON(), 413)
  }
  return bodyLimit({ maxSize: limit, onError: tooLarge })
}

function spaIndex(c: Context) {
  const index = path.join(CLIENT_DIR, 'index.html')
  if (!fs.existsSync(index)) return c.text('Giao diện chưa được build: chạy "npm run build".', 503)
  return c.html(fs.readFileSync(index, 'utf8'))
}

function clientAddressOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

async function readUpload(c: Context): Promise<UploadedFile> {
  const form = await c.req.parseBody().catch(() => {
    throw new AppError('VALIDATION', 'Không đọc được tệp gửi lên (cần multipart/form-data).', { file: 'Tệp: không đọc được' })
  })
  const file = form['file']
  if (!(file instanceof File)) throw new AppError('VALIDATION', 'Chưa chọn tệp.', { file: 'Tệp: chưa chọn tệp' })
  if (file.size === 0) throw new AppError('VALIDATION', 'Tệp rỗng.', { file: 'Tệp: tệp rỗng' })
  return { name: path.basename(file.name).normalize('NFC'), type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }
}
