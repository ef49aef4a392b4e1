// Text forms of Decree 30/2020 components (law.md §8.3–8.4, §8.6): the number line,
// the place and date line, list letters and Roman numerals.
import type { DocumentHeader } from '../document-model.ts'

/** Blank left for a number or date written in by hand (văn thư fills it in at registration). */
const BLANK = '     '

/** Numbers below 10 get a leading 0 ("Số: 05/…"); anything else is printed as given. */
function padNumber(number: string): string {
  return /^\d$/.test(number) ? `0${number}` : number
}

/**
 * "Số: 27/KH-UBND" for state documents, "Số 05-KH/ĐU" for Party documents (HD 36-HD/VPTW);
 * an unnumbered document leaves a blank: "Số:      /KH-UBND", "Số      -KH/ĐU".
 */
export function formatNumberLine(header: Pick<DocumentHeader, 'track' | 'number' | 'symbol'>): string {
  const number = header.number === null || header.number.trim() === '' ? null : padNumber(header.number.trim())
  if (header.track === 'party') return number === null ? `Số ${BLANK}-${header.symbol}` : `Số ${number}-${header.symbol}`
  return number === null ? `Số: ${BLANK}/${header.symbol}` : `Số: ${number}/${header.symbol}`
}

/**
 * "Bình An, ngày 20 tháng 02 năm 2025": days 1–9 and months 1–2 get a leading 0.
 * Without a date the day and month are left blank: "Bình An, ngày     tháng     năm 20…".
 */
export function formatPlaceDate(place: string, isoDate: string | null): string {
  return `${place}, ${formatDateWords(isoDate)}`
}

/**
 * "ngày 20 tháng 02 năm 2025", the date as the place and date line writes it (also in "Kèm theo Quyết định
 * số … ngày … của …"); without a date "ngày     tháng     năm 20…", a month-only date leaves the day blank.
 */
export function formatDateWords(isoDate: string | null): string {
  if (isoDate === null) return `ngày${BLANK}tháng${BLANK}năm 20…`
  // A month-only date ("2025-02") is a document dated but not yet given its day (seed-like drafts).
  const monthOnly = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(isoDate)
  if (monthOnly) {
    const month = Number(monthOnly[2])
    return `ngày${BLANK}tháng ${month <= 2 ? monthOnly[2] : month} năm ${monthOnly[1]}`
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  const check = new Date(Date.UTC(year, month - 1, day))
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Ngày không hợp lệ: ${isoDate}`)
  }
  const dayText = String(day).padStart(2, '0')
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month)
  return `ngày ${dayText} tháng ${monthText} năm ${year}`
}

/** The Vietnamese alphabet order used for list letters a), b), … đ) … (no f, j, w, z). */
export const VIETNAMESE_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const

/** The list marker for the item at a zero-based index: 0 → "a)", 4 → "đ)". */
export function letterMarker(index: number): string {
  const letter = VIETNAMESE_LETTERS[index]
  if (!Number.isInteger(index) || letter === undefined) {
    throw new RangeError(`Chỉ có ${VIETNAMESE_LETTERS.length} chữ cái đánh dấu mục (a–y), không có mục thứ ${index + 1}`)
  }
  return `${letter})`
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
]

/** Roman numeral for 1–3999 (section headings "I.", "II.", Party congress numbers "XXVI"). */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`Không viết được số La Mã cho ${n}`)
  let rest = n
  let out = ''
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}
