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
}

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Biến môi trường ${name} phải là số dương (đang là "${raw}")`)
  return value
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
  }
}
