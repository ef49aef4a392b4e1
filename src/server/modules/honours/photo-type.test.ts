import { describe, expect, it } from 'vitest'
import { sniffPhotoType } from './photo-type.ts'

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(32).fill(0x41)])
const text = (s: string) => new TextEncoder().encode(s)

describe('sniffPhotoType', () => {
  it('recognises JPEG, PNG and WebP from their first bytes, whatever the name', () => {
    expect(sniffPhotoType(bytes(0xff, 0xd8, 0xff, 0xe1))).toBe('image/jpeg')
    expect(sniffPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png')
    expect(sniffPhotoType(text('RIFF\x20\x00\x00\x00WEBPVP8L....'))).toBe('image/webp')
    expect(sniffPhotoType(text('RIFF\x20\x00\x00\x00WEBPVP8X....'))).toBe('image/webp')
  })

  it('refuses every other file, a truncated header and a RIFF that is not WebP', () => {
    expect(sniffPhotoType(text('GIF89a....'))).toBeNull()
    expect(sniffPhotoType(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull()
    expect(sniffPhotoType(text('<!doctype html><img src=x onerror=alert(1)>'))).toBeNull()
    expect(sniffPhotoType(text('%PDF-1.7'))).toBeNull()
    expect(sniffPhotoType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull() // a Windows executable
    expect(sniffPhotoType(text('RIFF\x20\x00\x00\x00WAVEfmt '))).toBeNull() // a sound file
    expect(sniffPhotoType(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull()
    expect(sniffPhotoType(new Uint8Array([0xff, 0xd8]))).toBeNull()
    expect(sniffPhotoType(new Uint8Array([]))).toBeNull()
  })
})
