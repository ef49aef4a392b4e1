// The verification code printed on a certificate (mã xác minh, also in its QR code): 16 random characters
// of Crockford's base32 (80 bits: not guessable) and 2 check characters, grouped "XXXX-XXXX-XXXX-XXXX-CC".
// The check is a weighted sum modulo the prime 1021, so a mistyped or altered character, or two swapped
// neighbours, is caught before any lookup. Pure; shared by the server and the verification page.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const BODY_LENGTH = 16
const MODULUS = 1021

function checksum(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) sum = (sum + (i + 1) * ALPHABET.indexOf(body[i]!)) % MODULUS
  return ALPHABET[Math.floor(sum / 32)]! + ALPHABET[sum % 32]!
}

const group = (raw: string) => raw.match(/.{1,4}/g)!.join('-')

/** A new code from 10 random bytes (crypto.getRandomValues in the browser and in Node). */
export function newCertificateCode(random: Uint8Array = crypto.getRandomValues(new Uint8Array(10))): string {
  if (random.length < 10) throw new Error('newCertificateCode needs 10 random bytes')
  let bits = 0n
  for (const byte of random.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte)
  let body = ''
  for (let i = 0; i < BODY_LENGTH; i++) body += ALPHABET[Number((bits >> BigInt(5 * (BODY_LENGTH - 1 - i))) & 31n)]
  return group(body + checksum(body))
}

export type CodeCheck = { ok: true; code: string } | { ok: false; problem: string }

/** Reads a code as typed or scanned (any case, with or without dashes or spaces; O for 0, I and L for 1). */
export function checkCertificateCode(input: string): CodeCheck {
  const raw = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (raw.length === 0) return { ok: false, problem: 'Chưa nhập mã xác minh.' }
  if (raw.length !== BODY_LENGTH + 2) return { ok: false, problem: `Mã xác minh gồm ${BODY_LENGTH + 2} ký tự (không kể dấu gạch); mã đã nhập có ${raw.length} ký tự.` }
  const bad = [...raw].find((c) => !ALPHABET.includes(c))
  if (bad) return { ok: false, problem: `Mã xác minh có ký tự không hợp lệ: "${bad}".` }
  const body = raw.slice(0, BODY_LENGTH)
  if (checksum(body) !== raw.slice(BODY_LENGTH)) return { ok: false, problem: 'Mã xác minh không đúng (sai ký tự kiểm tra): mã đã bị gõ nhầm hoặc bị sửa.' }
  return { ok: true, code: group(raw) }
}
