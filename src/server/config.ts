// All configuration comes from the environment (secrets never live in the repository).
import path from 'node:path'

export interface Config {
  port: number
  host: string
  databaseUrl: string | undefined
  /** A streaming replica for lag-tolerant reads (registry search, eligible lists, audit list); needs databaseUrl. */
  databaseReadUrl: string | undefined
  dataDir: string
  uploadLimitBytes: number
  sessionHours: number
  secureCookies: boolean
  loginMaxFailures: number
  loginLockMinutes: number
  /** The address the public reaches tdkt at: certificate QR codes and posted lists link to it. */
  publicUrl: string
  /** smtp://user:pass@host:port (smtps:// for TLS); unset: no e-mail is sent. */
  smtpUrl: string | undefined
  /** The sender of tdkt's e-mails, e.g. "tdkt <tdkt@example.gov.vn>". */
  mailFrom: string
  /** The hour (0–23, Asia/Ho_Chi_Minh) the daily digest of what is due goes out. */
  digestHour: number
  /** How many days ahead "Việc sắp đến hạn" looks (a product setting, not a legal period). */
  dueDays: number
}

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Biến môi trường ${name} phải là số dương (đang là "${raw}")`)
  return value
}

function hourEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 23) throw new Error(`Biến môi trường ${name} phải là giờ trong ngày từ 0 đến 23 (đang là "${raw}")`)
  return value
}

function smtpEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.TDKT_SMTP_URL || undefined
  if (raw && !/^smtps?:\/\/[^/]+/.test(raw)) throw new Error('Biến môi trường TDKT_SMTP_URL phải có dạng smtp://user:pass@host:port hoặc smtps://…')
  return raw
}

export function loadConfig(env = process.env): Config {
  const port = intEnv('PORT', 3000)
  const databaseUrl = env.DATABASE_URL || undefined
  const databaseReadUrl = env.DATABASE_READ_URL || undefined
  if (databaseReadUrl && !databaseUrl) throw new Error('Biến môi trường DATABASE_READ_URL (bản sao chỉ đọc) cần DATABASE_URL (máy chủ chính PostgreSQL)')
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    databaseReadUrl,
    dataDir: path.resolve(env.TDKT_DATA_DIR ?? 'data'),
    uploadLimitBytes: intEnv('TDKT_UPLOAD_LIMIT_MB', 10) * 1024 * 1024,
    sessionHours: intEnv('TDKT_SESSION_HOURS', 12),
    secureCookies: env.TDKT_SECURE_COOKIES === '1',
    loginMaxFailures: intEnv('TDKT_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: intEnv('TDKT_LOGIN_LOCK_MINUTES', 15),
    publicUrl: (env.TDKT_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: smtpEnv(env),
    mailFrom: env.TDKT_MAIL_FROM || 'tdkt <tdkt@localhost>',
    digestHour: hourEnv(env, 'TDKT_DIGEST_HOUR', 7),
    dueDays: intEnv('TDKT_DUE_DAYS', 14),
  }
}
