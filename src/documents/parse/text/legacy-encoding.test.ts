import { describe, expect, it } from 'vitest'
import { fromTcvn3, fromVni, fromWindows1258, legacyCharacterShare } from './legacy-encoding.ts'
import { isVietnameseSyllable, vietnameseScore } from './vietnamese-syllables.ts'

describe('legacy Vietnamese encodings', () => {
  it('converts TCVN3 (ABC) text seen as Latin-1', () => {
    expect(fromTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam')
    expect(fromTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc')
    expect(fromTcvn3('KÕ ho¹ch thi ®ua khen th\u00adëng n¨m 2025')).toBe('Kế hoạch thi đua khen thưởng năm 2025')
  })

  it('converts VNI text seen as Latin-1, letters with two marks included', () => {
    expect(fromVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam')
    expect(fromVni('Ñöôïc Thöôøng tröïc Baèng khen ñaëc bieät')).toBe('Được Thường trực Bằng khen đặc biệt')
    expect(fromVni('UÛY BAN NHAÂN DAÂN')).toBe('ỦY BAN NHÂN DÂN')
  })

  it('decodes Windows-1258 bytes with separate tone marks to NFC', () => {
    // "Cộng" = C ô (0xF4) + dot below (0xF2) n g
    expect(fromWindows1258(Uint8Array.from([0x43, 0xf4, 0xf2, 0x6e, 0x67]))).toBe('Cộng')
  })

  it('tells legacy look-alike characters from Vietnamese letters', () => {
    expect(legacyCharacterShare('Cộng hòa xã hội chủ nghĩa Việt Nam')).toBe(0)
    expect(legacyCharacterShare('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBeGreaterThan(0.5)
  })

  it('scores how Vietnamese a text looks', () => {
    expect(isVietnameseSyllable('người')).toBe(true)
    expect(isVietnameseSyllable('HÒA')).toBe(true)
    expect(isVietnameseSyllable('nghÜa')).toBe(false)
    expect(vietnameseScore('Cộng hòa xã hội chủ nghĩa Việt Nam').score).toBe(1)
    expect(vietnameseScore('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam').score).toBeLessThan(0.5)
  })
})

describe('TCVN3 capitals', () => {
  it('puts a line typed in capitals back in capitals, and leaves mixed case alone', () => {
    expect(fromTcvn3('KÕ HO¹CH\nUû ban nh©n d©n')).toBe('KẾ HOẠCH\nUỷ ban nhân dân')
  })
})
