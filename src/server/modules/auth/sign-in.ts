// Sign-in: rate limited per client address, account locked after repeated failures,
// one generic message for a wrong user name or password (no account enumeration).
import { createSession } from '../../auth/session.ts'
import { hashPassword, verifyPassword } from '../../auth/password.ts'
import { RateLimiter } from '../../auth/rate-limit.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { Config } from '../../config.ts'
import type { Role } from '../../auth/policy.ts'

// One per-address limiter per running app. It is keyed by the app's Config object (createApp receives
// exactly one) instead of being a module singleton, so separate app instances — e.g. in tests — never
// share counters. It counts every attempt, which also bounds the argon2 work one address can cause.
const limiters = new WeakMap<Config, RateLimiter>()
function limiterFor(config: Config): RateLimiter {
  let limiter = limiters.get(config)
  if (!limiter) limiters.set(config, (limiter = new RateLimiter(20, 5 * 60_000)))
  return limiter
}
// Verifying against a fixed hash when the user does not exist keeps timing uniform.
const dummyHash = hashPassword('khong-ton-tai-0')

interface AccountRow {
  id: string; province_id: string; password_hash: string; disabled: boolean; failed_logins: number
  locked_until: string | null; locked: boolean; display_name: string; role: Role
}

export async function signIn(db: Db, config: Config, clientAddress: string, username: string, password: string) {
  const wait = limiterFor(config).hit(clientAddress)
  if (wait > 0) throw new AppError('RATE_LIMITED', `Có quá nhiều lần đăng nhập từ máy này. Vui lòng thử lại sau ${wait} giây.`)

  const rows = await db.query<AccountRow>(
    `SELECT id, province_id, password_hash, disabled, failed_logins, locked_until, (locked_until > now()) AS locked, display_name, role
       FROM accounts WHERE username = $1`,
    [username.toLowerCase()],
  )
  const account = rows[0]
  const ok = await verifyPassword(account?.password_hash ?? (await dummyHash), password)
  if (account?.locked) {
    throw new AppError('ACCOUNT_LOCKED', `Tài khoản tạm khóa do đăng nhập sai ${config.loginMaxFailures} lần. Vui lòng thử lại sau ${config.loginLockMinutes} phút hoặc liên hệ quản trị.`)
  }
  if (account && ok && account.disabled) {
    // Told only to someone who knows the password, so it reveals nothing to a guesser.
    throw new AppError('FORBIDDEN', 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị.')
  }
  if (!account || !ok || account.disabled) {
    if (account && !account.disabled) {
      // Once an earlier lock has expired the count starts again, so one typo does not re-lock at once.
      await db.query(
        `UPDATE accounts SET failed_logins = CASE WHEN locked_until <= now() THEN 1 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN (CASE WHEN locked_until <= now() THEN 1 ELSE failed_logins + 1 END) >= $2 THEN now() + make_interval(mins => $3)
                                    WHEN locked_until <= now() THEN NULL ELSE locked_until END
          WHERE province_id = $1 AND id = $4`,
        [account.province_id, config.loginMaxFailures, config.loginLockMinutes, account.id],
      )
    }
    throw new AppError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng.', { password: 'Mật khẩu: tên đăng nhập hoặc mật khẩu không đúng' })
  }
  await db.query(`UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE province_id = $1 AND id = $2`, [account.province_id, account.id])
  const session = await createSession(db, { provinceId: account.province_id, accountId: account.id }, config.sessionHours)
  return { ...session, account: { id: account.id, displayName: account.display_name, role: account.role } }
}
