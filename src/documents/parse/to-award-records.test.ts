import { describe, expect, it } from 'vitest'
import { parseText } from './index.ts'
import type { Awardee } from './types.ts'
import { decisionRef, toAwardRecords, type DecisionFields } from './to-award-records.ts'

const DECISION = [
  'ỦY BAN NHÂN DÂN',
  'XÃ BÌNH THÀNH',
  'Số: 152/QĐ-UBND',
  'Bình Thành, ngày 20 tháng 12 năm 2024',
  'QUYẾT ĐỊNH',
  'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Tặng Giấy khen của Chủ tịch UBND xã cho 3 cá nhân, 1 tập thể và 1 hộ gia đình đã có thành tích xuất sắc trong phong trào thi đua năm 2024 (có danh sách kèm theo).',
  'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
  'Nơi nhận:',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Ma Khánh Sơn',
  'DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN',
  '1. Ông Nguyễn Văn An, Công chức Văn phòng – Thống kê, UBND xã Bình Thành;',
  '2. Bà Trần Thị Bình, sinh ngày 12/3/1985, Giáo viên, Trường Tiểu học Bình Thành;',
  '3. Ông Lê Văn Cường, CCCD số 019085001234, Trưởng xóm Đồng Tâm;',
  '4. Tập thể Trường Tiểu học Bình Thành.',
  '5. Hộ ông Hoàng Văn Dũng, xóm Đồng Tâm.',
].join('\n')

const records = (text: string) => {
  const parsed = parseText(text)
  return toAwardRecords(parsed, parsed._meta.text, parsed._meta.sources.awardees)
}

/** A decision with one awardee: the issuer, the form and the text around them chosen by the test. */
const one = (fields: Partial<DecisionFields> & { awardee?: Partial<Awardee>; text?: string }) => {
  const decision: DecisionFields = {
    number: '12', symbol: 'QĐ-UBND', date: '2025-01-15', issuer: 'UBND xã Bình Thành', title: null,
    awardees: [{ name: 'Nguyễn Văn An', position: 'Kế toán', organization: null, form: null, ...fields.awardee }], ...fields,
  }
  return toAwardRecords(decision, fields.text ?? '')[0]!
}

describe('an award decision as registry rows', () => {
  it('proposes one row per awardee: the subject, the commune chairman\'s Giấy khen, the year of the achievement, the decision', () => {
    const rows = records(DECISION)
    expect(rows.map((r) => r.subject)).toEqual([
      { kind: 'individual', name: 'Nguyễn Văn An', birthDate: null, cccd: null, position: 'Công chức Văn phòng – Thống kê', organization: 'UBND xã Bình Thành' },
      { kind: 'individual', name: 'Trần Thị Bình', birthDate: '1985-03-12', cccd: null, position: 'Giáo viên', organization: 'Trường Tiểu học Bình Thành' },
      { kind: 'individual', name: 'Lê Văn Cường', birthDate: null, cccd: '019085001234', position: 'Trưởng xóm Đồng Tâm', organization: null },
      { kind: 'collective', name: 'Tập thể Trường Tiểu học Bình Thành', birthDate: null, cccd: null, position: null, organization: null },
      { kind: 'household', name: 'Hoàng Văn Dũng', birthDate: null, cccd: null, position: null, organization: 'xóm Đồng Tâm' },
    ])
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4])
    expect(rows[0]!.awardee).toEqual({ name: 'Nguyễn Văn An', position: 'Công chức Văn phòng – Thống kê', organization: 'UBND xã Bình Thành', form: null })
    for (const row of rows) {
      expect(row.proposed).toEqual({
        subjectKind: row.subject.kind, code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen của Chủ tịch UBND xã', year: 2024,
        decisionNumber: '152/QĐ-UBND', decisionDate: '2024-12-20', decisionIssuer: 'UBND xã Bình Thành', track: 'government', level: 'commune', kind: 'cong_trang',
      })
    }
  })

  it('reads the head of a household and the village from the name alone when the line is not known', () => {
    expect(one({ awardee: { name: 'Hộ bà Đinh Thị Lụa (xóm Đồng Tâm)', position: null } }).subject).toMatchObject({ kind: 'household', name: 'Đinh Thị Lụa', organization: 'xóm Đồng Tâm' })
    expect(one({ awardee: { name: 'Gia đình ông Mã Văn Tư', position: null } }).subject).toMatchObject({ kind: 'household', name: 'Mã Văn Tư', organization: null })
  })

  it('tells units from people by their name', () => {
    const kindOf = (name: string) => one({ awardee: { name, position: null } }).subject.kind
    for (const name of ['Xóm Đồng Tâm', 'UBND xã Bình An', 'Chi bộ xóm Đồng Tâm', 'Trường Mầm non Hoa Sen', 'Văn phòng – Thống kê', 'Hội Nông dân xã']) expect(kindOf(name)).toBe('collective')
    for (const name of ['Ông Đỗ Văn Nam', 'Phạm Thị Hoa', 'Bà Lò Thị Xuân', 'Đồng chí Vi Văn Hải']) expect(kindOf(name)).toBe('individual')
    expect(one({ awardee: { name: 'Bà Lò Thị Xuân', position: 'sinh năm 1979', organization: 'Trạm Y tế xã' } }).subject).toMatchObject({ name: 'Lò Thị Xuân', birthDate: '1979', position: 'Trạm Y tế xã', organization: null })
  })

  it.each([
    ['Lao động tiên tiến', 'UBND xã Bình Thành', 'individual', 'LDTT', 'government', 'commune'],
    ['Lao động tiên tiến', 'UBND xã Bình Thành', 'collective', 'TTLDTT', 'government', 'commune'],
    ['Giấy khen', 'UBND huyện Hoài Ân', 'individual', 'GIAY_KHEN_CHU_TICH_HUYEN', 'government', 'district'],
    ['Giấy khen', 'Đảng ủy xã Bình Chương', 'individual', 'GIAY_KHEN_DANG_UY_DANG_VIEN', 'party', 'commune'],
    ['Giấy khen', 'Đảng ủy xã Bình Chương', 'collective', 'GIAY_KHEN_DANG_UY_CHI_BO', 'party', 'commune'],
    ['Giấy khen', 'Hội Nông dân xã Bình Thành', 'household', 'GIAY_KHEN_TO_CHUC_CT_XH', 'mass', 'commune'],
    ['Giấy khen của Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Thái Nguyên', 'individual', 'GIAY_KHEN_THU_TRUONG', 'government', 'province'],
    ['Giấy khen', 'Trường Tiểu học Bình Thành', 'individual', 'GIAY_KHEN_THU_TRUONG', 'government', 'unit'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'UBND tỉnh Thái Nguyên', 'collective', 'BANG_KHEN_CHU_TICH_TINH', 'government', 'province'],
    ['Bằng khen của Thủ tướng Chính phủ', 'Thủ tướng Chính phủ', 'individual', 'BANG_KHEN_THU_TUONG', 'government', 'central'],
    ['Gia đình văn hóa', 'UBND xã Bình Thành', 'household', 'GIA_DINH_VAN_HOA', 'government', 'commune'],
    ['Chiến sĩ thi đua cơ sở', 'UBND phường Phan Đình Phùng', 'individual', 'CSTDCS', 'government', 'commune'],
  ] as const)('recognises «%s» of %s for a subject %s as %s', (form, issuer, kind, code, track, level) => {
    const name = { individual: 'Ông Nguyễn Văn An', collective: 'Chi bộ xóm Đồng Tâm', household: 'Hộ ông Nguyễn Văn An' }[kind]
    expect(one({ issuer, awardee: { name, form } }).proposed).toMatchObject({ subjectKind: kind, code, name: form, track, level })
  })

  it('keeps a form outside the catalogue, or held for other subjects, as written without a code', () => {
    expect(one({ awardee: { form: 'Kỷ niệm chương Vì sự nghiệp Nông dân' }, issuer: 'Hội Nông dân Việt Nam' }).proposed).toMatchObject({ code: null, name: 'Kỷ niệm chương Vì sự nghiệp Nông dân', track: 'mass' })
    expect(one({ awardee: { form: 'Gia đình văn hóa' } }).proposed).toMatchObject({ code: null, name: 'Gia đình văn hóa', track: 'government' })
    expect(one({ awardee: { form: 'Giấy khen' }, issuer: null }).proposed).toMatchObject({ code: null, name: 'Giấy khen', level: null })
    expect(one({}).proposed).toMatchObject({ code: null, name: null })
  })

  it('writes the form of the list without "danh hiệu", quotes or the year', () => {
    expect(one({ awardee: { form: 'danh hiệu “Lao động tiên tiến” năm 2023' } }).proposed).toMatchObject({ code: 'LDTT', name: 'Lao động tiên tiến' })
  })

  it('takes the form of Điều 1 or of the title when the list does not name one', () => {
    const text = 'Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2024 đối với 15 cá nhân (có danh sách kèm theo).'
    expect(one({ text }).proposed).toMatchObject({ code: 'LDTT', name: 'Lao động tiên tiến', year: 2024 })
    expect(one({ title: 'Về việc tặng Giấy khen cho các cá nhân', issuer: 'Đảng ủy xã Bình Chương' }).proposed).toMatchObject({ code: 'GIAY_KHEN_DANG_UY_DANG_VIEN', name: 'Giấy khen', track: 'party' })
  })

  it('reads the year of the achievement, a school year as its second year, never after the decision; else the decision\'s year', () => {
    expect(one({ title: 'Về việc khen thưởng giáo viên có thành tích trong năm học 2023 - 2024', date: '2024-08-20' }).proposed.year).toBe(2024)
    expect(one({ text: 'Điều 1. Tặng Giấy khen cho 02 cá nhân đã hoàn thành xuất sắc nhiệm vụ năm 2023.' }).proposed.year).toBe(2023)
    expect(one({ text: 'Điều 1. Tặng Giấy khen cho ông An đã có thành tích trong phong trào thi đua năm 2026.' }).proposed.year).toBe(2025)
    expect(one({ title: 'Về việc khen thưởng', date: '2025-01-15' }).proposed.year).toBe(2025)
    expect(one({ date: null }).proposed).toMatchObject({ year: null, decisionDate: null })
    expect(one({ date: '2025-03' }).proposed).toMatchObject({ year: 2025, decisionDate: null })
  })

  it('reads an ad hoc or thematic commendation; a title stays the year\'s work', () => {
    expect(one({ awardee: { form: 'Giấy khen' }, text: 'Điều 1. Tặng Giấy khen cho ông An đã có thành tích đột xuất trong cứu hộ.' }).proposed.kind).toBe('dot_xuat')
    expect(one({ awardee: { form: 'Giấy khen' }, title: 'Về việc khen thưởng trong phong trào thi đua “Chung sức xây dựng nông thôn mới”' }).proposed.kind).toBe('phong_trao')
    expect(one({ awardee: { form: 'Lao động tiên tiến' }, text: 'Điều 1. Công nhận danh hiệu Lao động tiên tiến đột xuất cho ông An.' }).proposed.kind).toBe('cong_trang')
  })

  it('writes the decision as the registry records it: number with symbol, a full date only, the issuer as written', () => {
    expect(decisionRef({ number: '152', symbol: 'QĐ-UBND', date: '2024-12-20', issuer: ' UBND xã Bình Thành ' })).toEqual({ number: '152/QĐ-UBND', date: '2024-12-20', issuer: 'UBND xã Bình Thành' })
    expect(decisionRef({ number: ' 7 ', symbol: null, date: '2024-12', issuer: null })).toEqual({ number: '7', date: null, issuer: null })
    expect(decisionRef({ number: null, symbol: 'QĐ-UBND', date: null, issuer: '' })).toEqual({ number: null, date: null, issuer: null })
  })
})
