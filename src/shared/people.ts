// People (cá nhân): categories, sexes, and checks of the 12-digit citizen ID (số CCCD)
// shared by the API, the spreadsheet import and the UI.

export const PERSON_CATEGORIES = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  dang_vien: 'Đảng viên',
  nhan_dan: 'Nhân dân',
} as const

export type PersonCategory = keyof typeof PERSON_CATEGORIES
export const PERSON_CATEGORY_CODES = Object.keys(PERSON_CATEGORIES) as [PersonCategory, ...PersonCategory[]]

export const SEXES = { nam: 'Nam', nu: 'Nữ' } as const
export type Sex = keyof typeof SEXES
export const SEX_CODES = Object.keys(SEXES) as [Sex, ...Sex[]]

/** Province codes that open a CCCD number (the 63 provinces before the 2025 merger). */
export const CCCD_PROVINCE_CODES: ReadonlySet<string> = new Set(
  ('001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 ' +
    '045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 ' +
    '092 093 094 095 096').split(' '),
)

export const EARLIEST_BIRTH_DATE = '1900-01-01'

// Problems below are predicates without a subject ("phải gồm đúng 12 chữ số"), so callers
// can put the field name in front: "Số CCCD: phải gồm đúng 12 chữ số".

/** Checks the format of a CCCD number: 12 digits, a known province code, a century/sex digit 0–5. */
export function validateCccd(value: string): string | null {
  if (!/^[0-9]{12}$/.test(value)) return `phải gồm đúng 12 chữ số (đang là "${value}")`
  const province = value.slice(0, 3)
  if (!CCCD_PROVINCE_CODES.has(province)) return `có mã tỉnh ${province} (3 chữ số đầu) không tồn tại`
  if (Number(value[3]) > 5) return `có chữ số thứ 4 (mã thế kỷ và giới tính) là ${value[3]}, chỉ được từ 0 đến 5`
  return null
}

/** Birth year and sex encoded in a well-formed CCCD: digit 4 = century·2 + (0 nam | 1 nữ), digits 5–6 = year. */
export function cccdBirthInfo(cccd: string): { year: number; sex: Sex } {
  const code = Number(cccd[3])
  return { year: 1900 + Math.floor(code / 2) * 100 + Number(cccd.slice(4, 6)), sex: code % 2 === 0 ? 'nam' : 'nu' }
}

/** Checks a CCCD and its agreement with the person's birth year and sex (each when known). */
export function cccdMatchesPerson(cccd: string, person: { birthDate?: string | null; sex?: Sex | null }): string | null {
  const problem = validateCccd(cccd)
  if (problem) return problem
  const encoded = cccdBirthInfo(cccd)
  const birthYear = person.birthDate ? Number(person.birthDate.slice(0, 4)) : null
  if (birthYear !== null && birthYear !== encoded.year) return `ứng với năm sinh ${encoded.year}, không khớp ngày sinh (năm ${birthYear})`
  if (person.sex && person.sex !== encoded.sex) return `ứng với giới tính ${SEXES[encoded.sex]}, không khớp giới tính đã khai (${SEXES[person.sex]})`
  return null
}

/** Today's date (YYYY-MM-DD) in Vietnam, whatever the server's time zone. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** Checks an ISO birth date: a real calendar day, not before 1900 and not in the future. */
export function validateBirthDate(iso: string, today = todayInVietnam()): string | null {
  const date = new Date(`${iso}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return `"${iso}" không phải ngày hợp lệ`
  if (iso < EARLIEST_BIRTH_DATE) return 'không được trước năm 1900'
  if (iso > today) return 'không được ở tương lai'
  return null
}
