// Presentation of names taken from upper-case header lines and of issuing bodies in general:
// "ỦY BAN NHÂN DÂN XÃ BÌNH AN" → "UBND xã Bình An", "ĐẢNG ỦY XÃ BÌNH CHƯƠNG" → "Đảng ủy xã Bình Chương".

import { isVietnameseSyllable } from '../text/vietnamese-syllables.ts'

/** Upper-case text → capitalised words; abbreviations (UBND, TĐKT) stay as they are. */
export function titleCase(upper: string): string {
  return upper
    .split(/\s+/)
    .map((word) => {
      if (!isVietnameseSyllable(word.replace(/[^\p{L}]/gu, ''))) return word
      const lower = word.toLowerCase()
      return lower.charAt(0).toUpperCase() + lower.slice(1)
    })
    .join(' ')
}

const LOCALITY = /(?<=\S\s)(Xã|Phường|Thị [Tt]rấn|Huyện|Quận|Thị [Xx]ã|Thành [Pp]hố|Tỉnh)(?=\s+\p{Lu})/gu
const LOWER_TAIL = /(?<=(?:Đảng|Huyện|Tỉnh|Thành|Quận|Thị) )Ủy|(?<=(?:Đảng|Huyện|Tỉnh|Thành|Quận|Thị) )Uỷ|(?<=Thường )Vụ|(?<=Nội )Vụ|(?<=Hội )Đồng/gu

/** "Ủy ban nhân dân" → "UBND", "Hội đồng nhân dân" → "HĐND"; locality words in lower case; no "Chủ tịch" in front. */
export function shortBodyName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/^Chủ tịch\s+/iu, '')
    .replace(/[ỦU][ỷy] ban nhân dân/giu, 'UBND')
    .replace(/Hội đồng nhân dân/giu, 'HĐND')
    .replace(LOCALITY, (w) => w.toLowerCase())
    .replace(LOWER_TAIL, (w) => w.toLowerCase())
    .trim()
}
