// Vietnamese name parts with rough real-world frequencies, birth dates and CCCD numbers for the demo.
import type { Sex } from '../../shared/people.ts'
import type { Rng } from './demo-random.ts'

export type { Sex }
/** Name profile of a place: most of Việt Nam, or the Tày/Nùng uplands of Định Hóa (ATK). */
export type NameProfile = 'national' | 'tay'

type Weighted = readonly (readonly [string, number])[]

// Family names: Nguyễn alone is close to 40% nationally; Ma, Nông, Hà, Lương, Đàm, Triệu, Lộc are Tày names common in Định Hóa.
const FAMILY: Record<NameProfile, Weighted> = {
  national: [
    ['Nguyễn', 34], ['Trần', 10], ['Lê', 8], ['Phạm', 6], ['Hoàng', 5], ['Vũ', 4.5], ['Đặng', 3], ['Bùi', 3], ['Đỗ', 3],
    ['Ngô', 2], ['Dương', 2.5], ['Hồ', 1.3], ['Lý', 1], ['Trịnh', 1.3], ['Đinh', 1.5], ['Phan', 1.5], ['Hà', 1.2], ['Lương', 1],
    ['Ma', 0.6], ['Nông', 0.6], ['Mai', 0.5], ['Cao', 0.5], ['Tạ', 0.4], ['Lại', 0.3], ['Võ', 0.6],
  ],
  tay: [
    ['Ma', 11], ['Hoàng', 9], ['Nguyễn', 12], ['Nông', 7], ['Hà', 6], ['Lương', 5], ['Đàm', 3], ['Triệu', 3], ['Lộc', 2],
    ['Dương', 3], ['Trần', 3], ['Lê', 2], ['La', 1.5], ['Đinh', 2], ['Lý', 1.5], ['Vi', 1], ['Mông', 1],
  ],
}

// Văn is male, Thị is female; the others are shared or lean one way.
const MIDDLE: Record<Sex, Weighted> = {
  nam: [
    ['Văn', 40], ['Đức', 7], ['Hữu', 5], ['Minh', 6], ['Quốc', 4], ['Thanh', 4], ['Công', 4], ['Xuân', 3], ['Quang', 4],
    ['Đình', 4], ['Tiến', 2], ['Mạnh', 2], ['Trung', 2], ['Ngọc', 2], ['Khánh', 2], ['Anh', 2], ['Thế', 2], ['Việt', 1],
  ],
  nu: [
    ['Thị', 55], ['Thu', 6], ['Ngọc', 5], ['Thanh', 4], ['Minh', 2], ['Hồng', 4], ['Phương', 2], ['Thùy', 3], ['Kim', 3],
    ['Bích', 2], ['Hải', 1.5], ['Mai', 1.5], ['Diệu', 1], ['Thúy', 2], ['Lan', 1],
  ],
}

const GIVEN: Record<Sex, readonly string[]> = {
  nam: [
    'An', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Duy', 'Đạt', 'Định', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hoàng', 'Hùng', 'Hưng',
    'Huy', 'Khánh', 'Kiên', 'Lâm', 'Long', 'Lợi', 'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài',
    'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tú', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Thái', 'Hậu', 'Tiến', 'Tâm', 'Ân',
    'Bảo', 'Công', 'Dương', 'Hiệp', 'Khải', 'Lực', 'Minh', 'Ninh', 'Quyết', 'Sáng', 'Thuận', 'Trường', 'Vượng',
  ],
  nu: [
    'Anh', 'Châm', 'Chi', 'Diệp', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hiền', 'Hoa', 'Hòa', 'Huệ', 'Hương',
    'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Lụa', 'Mai', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Tâm',
    'Thảo', 'Thơm', 'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Xuân', 'Yến', 'Hậu', 'Lành', 'Nhàn', 'Thắm', 'Thoa', 'Hồng',
    'Lý', 'My', 'Ngân', 'Thúy', 'Uyên',
  ],
}

export function familyName(rng: Rng, profile: NameProfile): string {
  return rng.weighted(FAMILY[profile])
}

/** A full name for the sex; `family` keeps a household's surname for its children. */
export function fullName(rng: Rng, sex: Sex, profile: NameProfile, family = familyName(rng, profile)): string {
  const middle = rng.weighted(MIDDLE[sex])
  let given = rng.pick(GIVEN[sex])
  while (given === middle) given = rng.pick(GIVEN[sex])
  return `${family} ${middle} ${given}`
}

/** Sex implied by the middle name where it is unambiguous (Văn → nam, Thị → nữ). */
export function sexFromName(name: string): Sex | undefined {
  const words = name.split(' ')
  if (words.length < 3) return undefined
  const middle = words.slice(1, -1)
  if (middle.includes('Thị')) return 'nu'
  if (middle.includes('Văn')) return 'nam'
  return undefined
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function birthDate(rng: Rng, fromYear: number, toYear: number): string {
  const year = rng.int(fromYear, toYear)
  const month = rng.int(1, 12)
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
  const day = rng.int(1, days)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

// CCCD province codes (Thông tư 59/2021/TT-BCA): where the holder was registered at birth.
export const CCCD_PROVINCE = {
  haNoi: '001', bacKan: '006', tuyenQuang: '008', thaiNguyen: '019', langSon: '020', bacGiang: '024',
  phuTho: '025', namDinh: '036', thanhHoa: '038', ngheAn: '040', quangNgai: '051',
} as const

const BIRTH_PROVINCES: Weighted = [
  [CCCD_PROVINCE.thaiNguyen, 80], [CCCD_PROVINCE.bacKan, 5], [CCCD_PROVINCE.tuyenQuang, 3], [CCCD_PROVINCE.bacGiang, 3],
  [CCCD_PROVINCE.haNoi, 3], [CCCD_PROVINCE.langSon, 2], [CCCD_PROVINCE.phuTho, 1.5], [CCCD_PROVINCE.namDinh, 1],
  [CCCD_PROVINCE.thanhHoa, 1], [CCCD_PROVINCE.ngheAn, 0.5],
]

export function birthProvince(rng: Rng): string {
  return rng.weighted(BIRTH_PROVINCES)
}

/**
 * A 12-digit CCCD: 3-digit province code, a century/sex digit (0 nam 1900s, 1 nữ 1900s, 2 nam 2000s,
 * 3 nữ 2000s), the last two digits of the birth year, then 6 random digits. Unique within `used`.
 */
export function cccdNumber(rng: Rng, provinceCode: string, sex: Sex, birthYear: number, used: Set<string>): string {
  const century = birthYear >= 2000 ? 2 : 0
  const prefix = `${provinceCode}${century + (sex === 'nu' ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}`
  for (;;) {
    const candidate = prefix + rng.digits(6)
    if (!used.has(candidate)) {
      used.add(candidate)
      return candidate
    }
  }
}
