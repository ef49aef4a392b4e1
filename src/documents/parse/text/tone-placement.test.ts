import { describe, expect, it } from 'vitest'
import { canonicalTones } from './tone-placement.ts'

describe('canonicalTones', () => {
  it('moves the tone of open "oa", "oe", "uy" syllables to the first vowel', () => {
    expect(canonicalTones('hoà bình, khoẻ mạnh, Đảng uỷ, thuỷ lợi')).toBe('hòa bình, khỏe mạnh, Đảng ủy, thủy lợi')
    expect(canonicalTones('UỶ BAN, HOÀ, Uỷ ban')).toBe('ỦY BAN, HÒA, Ủy ban')
  })

  it('leaves closed syllables, "qu" + y and the old placement alone', () => {
    expect(canonicalTones('hoàn thành, quý, toán, khuỷu, hòa, ủy')).toBe('hoàn thành, quý, toán, khuỷu, hòa, ủy')
  })

  it('keeps the length, so offsets into the result point into the original', () => {
    const text = 'Thực hiện Nghị quyết của Đảng uỷ xã Thuỷ An về hoà giải'
    expect(canonicalTones(text)).toHaveLength(text.length)
  })
})
