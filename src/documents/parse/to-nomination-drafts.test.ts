import { describe, expect, it } from 'vitest'
import { parseText } from './index.ts'
import { achievementsSection, toNominationDrafts } from './to-nomination-drafts.ts'

const PROPOSAL = `ỦY BAN NHÂN DÂN
XÃ BÌNH THÀNH
Số: 27/TTr-UBND
Bình Thành, ngày 05 tháng 12 năm 2025
TỜ TRÌNH
Về việc đề nghị tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc năm 2025
Kính gửi: Chủ tịch Ủy ban nhân dân xã Bình Thành.
Trường Tiểu học Bình Thành kính đề nghị Chủ tịch UBND xã tặng Giấy khen cho 01 tập thể và 02 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2024-2025 (có danh sách kèm theo).
Kính trình Chủ tịch UBND xã xem xét, quyết định./.
DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN
1. Tập thể Tổ chuyên môn khối 5, Trường Tiểu học Bình Thành;
2. Bà Hoàng Thị Lan, Giáo viên, Trường Tiểu học Bình Thành;
3. Ông Đặng Văn Minh, Tổng phụ trách Đội, Trường Tiểu học Bình Thành.`

const REPORT = `TRƯỜNG TIỂU HỌC BÌNH THÀNH
Bình Thành, ngày 01 tháng 12 năm 2025
BÁO CÁO THÀNH TÍCH
Đề nghị tặng Giấy khen của Chủ tịch UBND xã
I. SƠ LƯỢC LÝ LỊCH
Họ tên: Hoàng Thị Lan
Sinh ngày: 12/03/1985
Chức vụ: Giáo viên
Đơn vị: Trường Tiểu học Bình Thành
II. THÀNH TÍCH ĐẠT ĐƯỢC
1. Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025.
2. 100% học sinh lớp chủ nhiệm hoàn thành chương trình.
III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG
Năm 2024: Lao động tiên tiến.
NGƯỜI BÁO CÁO`

const drafts = (text: string) => {
  const doc = parseText(text)
  return toNominationDrafts(doc, doc._meta.text, doc._meta.sources.awardees ?? [])
}

describe('a proposal (tờ trình) as nomination drafts', () => {
  it('proposes each listed collective and person for the form the proposal names, with the authority and the year', () => {
    const rows = drafts(PROPOSAL)
    expect(rows.map((r) => [r.subject.kind, r.subject.name, r.subject.position, r.subject.organization])).toEqual([
      ['collective', 'Tập thể Tổ chuyên môn khối 5', null, null],
      ['individual', 'Hoàng Thị Lan', 'Giáo viên', 'Trường Tiểu học Bình Thành'],
      ['individual', 'Đặng Văn Minh', 'Tổng phụ trách Đội', 'Trường Tiểu học Bình Thành'],
    ])
    for (const row of rows) {
      expect(row.proposed).toEqual({
        subjectKind: row.subject.kind, target: 'GIAY_KHEN_CHU_TICH_XA', form: 'Giấy khen của Chủ tịch UBND xã',
        achievement: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2024-2025', year: 2025,
      })
    }
  })

  it('reads a title for each kind of subject (Lao động tiên tiến / Tập thể lao động tiên tiến)', () => {
    const text = PROPOSAL.replace('đề nghị Chủ tịch UBND xã tặng Giấy khen cho', 'đề nghị Chủ tịch UBND xã công nhận danh hiệu Lao động tiên tiến năm học 2024-2025 cho')
    expect(drafts(text).map((r) => r.proposed.target)).toEqual(['TTLDTT', 'LDTT', 'LDTT'])
  })

  it('leaves the code empty when the form is outside the catalogue, and proposes nothing for other documents', () => {
    expect(drafts(PROPOSAL.replaceAll('tặng Giấy khen cho', 'tặng Kỷ niệm chương cho')).map((r) => [r.proposed.target, r.proposed.form])[0]).toEqual([null, 'Kỷ niệm chương'])
    const doc = parseText(PROPOSAL)
    expect(toNominationDrafts({ ...doc, doc_type: 'other' }, doc._meta.text)).toEqual([])
  })
})

describe('an achievement report (báo cáo thành tích) as one nomination draft', () => {
  it('proposes its subject with the birth date, the form asked for and the achievements section', () => {
    const rows = drafts(REPORT)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.subject).toEqual({ kind: 'individual', name: 'Hoàng Thị Lan', birthDate: '1985-03-12', cccd: null, position: 'Giáo viên', organization: 'Trường Tiểu học Bình Thành' })
    expect(rows[0]!.proposed).toEqual({
      subjectKind: 'individual', target: 'GIAY_KHEN_CHU_TICH_XA', form: 'Giấy khen của Chủ tịch UBND xã', year: 2025,
      achievement: '1. Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025.\n2. 100% học sinh lớp chủ nhiệm hoàn thành chương trình.',
    })
  })

  it('reads a collective\'s report, and proposes nothing when the report names no subject', () => {
    const collective = drafts(REPORT.replace('Họ tên: Hoàng Thị Lan', 'Tên tập thể: Tổ chuyên môn khối 5').replace(/Sinh ngày.*\n|Chức vụ.*\n/gu, ''))
    expect(collective.map((r) => [r.subject.kind, r.subject.name])).toEqual([['collective', 'Tổ chuyên môn khối 5']])
    expect(drafts(REPORT.replace('Họ tên: Hoàng Thị Lan\n', ''))).toEqual([])
    expect(achievementsSection('BÁO CÁO\nkhông có mục thành tích')).toBeNull()
  })
})
