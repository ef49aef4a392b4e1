import { describe, expect, it } from 'vitest'
import { checkCertificateCode, newCertificateCode } from './certificate-code.ts'

describe('certificate verification codes', () => {
  it('are grouped, valid and different each time', () => {
    const a = newCertificateCode()
    const b = newCertificateCode()
    expect(a).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/)
    expect(a).not.toBe(b)
    expect(checkCertificateCode(a)).toEqual({ ok: true, code: a })
  })

  it('reads codes typed in lower case, without dashes, with O for 0 and I or L for 1', () => {
    const code = newCertificateCode(new Uint8Array(10).fill(0))
    expect(code).toBe('0000-0000-0000-0000-00')
    expect(checkCertificateCode('oooo oooo-0000 0000 00')).toEqual({ ok: true, code })
    const ones = newCertificateCode(Uint8Array.from([0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21]))
    expect(ones.startsWith('1111-1111')).toBe(true)
    expect(checkCertificateCode(ones.toLowerCase().replace(/1/g, 'l').replace(/-/g, ''))).toEqual({ ok: true, code: ones })
  })

  it('catches every single changed character and every swap of neighbours', () => {
    const code = newCertificateCode(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
    const raw = code.replace(/-/g, '')
    for (let i = 0; i < raw.length; i++) {
      for (const c of '0123456789ABCDEFGHJKMNPQRSTVWXYZ') {
        if (c === raw[i]) continue
        expect(checkCertificateCode(raw.slice(0, i) + c + raw.slice(i + 1)).ok, `${i}:${c}`).toBe(false)
      }
      if (i + 1 < raw.length && raw[i] !== raw[i + 1]) {
        expect(checkCertificateCode(raw.slice(0, i) + raw[i + 1] + raw[i] + raw.slice(i + 2)).ok).toBe(false)
      }
    }
  })

  it('explains what is wrong in Vietnamese', () => {
    expect(checkCertificateCode('')).toEqual({ ok: false, problem: 'Chưa nhập mã xác minh.' })
    expect(checkCertificateCode('ABC')).toMatchObject({ ok: false, problem: expect.stringMatching(/gồm 18 ký tự/) })
    expect(checkCertificateCode('0000-0000-0000-0000-0U')).toMatchObject({ ok: false, problem: 'Mã xác minh có ký tự không hợp lệ: "U".' })
    expect(checkCertificateCode('0000-0000-0000-0001-00')).toMatchObject({ ok: false, problem: expect.stringMatching(/sai ký tự kiểm tra/) })
  })
})
