// argon2id password hashing (@node-rs/argon2, prebuilt) and the password policy.
import { hash, verify } from '@node-rs/argon2'

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export const hashPassword = (password: string) => hash(password, OPTIONS)

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** Returns a Vietnamese reason when the password is too weak, else null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'Mật khẩu phải có ít nhất 10 ký tự'
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/[0-9]/.test(password)) return 'Mật khẩu phải có cả chữ và số'
  return null
}
