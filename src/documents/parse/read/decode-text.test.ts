import { describe, expect, it } from 'vitest'
import { ParseFailure } from '../errors.ts'
import { decodeTextBytes, repairLegacyText } from './decode-text.ts'

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))

describe('decodeTextBytes', () => {
  it('reads UTF-8 with or without BOM and UTF-16 with BOM', () => {
    const text = 'KẾ HOẠCH thi đua khen thưởng'
    expect(decodeTextBytes(new Uint8Array(Buffer.from(text)))).toEqual({ text, encoding: 'utf-8' })
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8' })
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16' })
  })

  it('detects and converts TCVN3 and VNI bytes', () => {
    expect(decodeTextBytes(latin1('Céng hoµ x· héi chñ nghÜa ViÖt Nam. KÕ ho¹ch thi ®ua n¨m 2025'))).toEqual({
      text: 'Cộng hoà xã hội chủ nghĩa Việt Nam. Kế hoạch thi đua năm 2025',
      encoding: 'tcvn3',
    })
    expect(decodeTextBytes(latin1('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Keá hoaïch thi ñua naêm 2025'))).toEqual({
      text: 'Cộng hòa xã hội chủ nghĩa Việt Nam. Kế hoạch thi đua năm 2025',
      encoding: 'vni',
    })
  })

  it('detects Windows-1258 bytes', () => {
    // "Thi đua khen thưởng năm nay": đ = 0xF0, ư = 0xFD, ơ = 0xF5, ă = 0xE3, hook = 0xD2
    const bytes = new Uint8Array([...Buffer.from('Thi '), 0xf0, ...Buffer.from('ua khen th'), 0xfd, 0xf5, 0xd2, ...Buffer.from('ng n'), 0xe3, ...Buffer.from('m nay')])
    expect(decodeTextBytes(bytes)).toEqual({ text: 'Thi đua khen thưởng năm nay', encoding: 'windows-1258' })
  })

  it('refuses 8-bit text it cannot place', () => {
    expect(() => decodeTextBytes(latin1('Ã¿Ã¾ Ð¢ÐµÐºÑÑ ÑÐ°Ð¹Ð» ¤¤¤ ÿÿÿ'))).toThrow(ParseFailure)
  })

  it('repairs legacy-font text inside a Unicode document and leaves Vietnamese text alone', () => {
    expect(repairLegacyText('Uû ban nh©n d©n x· B×nh Thµnh').text).toBe('Uỷ ban nhân dân xã Bình Thành')
    expect(repairLegacyText('Ủy ban nhân dân xã Bình Thành')).toEqual({ text: 'Ủy ban nhân dân xã Bình Thành', encoding: 'utf-8' })
  })
})
