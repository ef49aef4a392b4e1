import { describe, expect, it } from 'vitest'
import { parseText } from '../index.ts'

const decision = (list: string) =>
  parseText(`QUYẾT ĐỊNH\nVề việc khen thưởng\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nQUYẾT ĐỊNH:\n${list}`)

describe('awardees of a decision', () => {
  it('reads people with position and organization, and collectives, under the form of Điều 1', () => {
    const doc = decision(
      'Điều 1. Tặng Giấy khen của Chủ tịch UBND xã cho 01 tập thể và 02 cá nhân, gồm:\n1. Trường Tiểu học Bình An;\n2. Ông Nguyễn Văn A, Chủ tịch UBND xã Bình An;\n3. Bà Trần Thị B, Giáo viên, Trường Tiểu học Bình An.\nĐiều 2. Văn phòng UBND xã chịu trách nhiệm thi hành Quyết định này.\n3. Ông Lê Văn C, Trưởng thôn.',
    )
    expect(doc.awardees).toEqual([
      { name: 'Trường Tiểu học Bình An', position: null, organization: null, form: 'Giấy khen của Chủ tịch UBND xã' },
      { name: 'Nguyễn Văn A', position: 'Chủ tịch', organization: 'UBND xã Bình An', form: 'Giấy khen của Chủ tịch UBND xã' },
      { name: 'Trần Thị B', position: 'Giáo viên', organization: 'Trường Tiểu học Bình An', form: 'Giấy khen của Chủ tịch UBND xã' },
    ])
    expect(doc.award_forms).toEqual(['Giấy khen của Chủ tịch UBND xã'])
  })

  it('reads the rows of an attached list table', () => {
    const doc = decision(
      'Điều 1. Công nhận danh hiệu “Lao động tiên tiến” cho 02 cá nhân (có danh sách kèm theo).\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\nDANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU LAO ĐỘNG TIÊN TIẾN\n| TT | Họ và tên | Chức vụ | Đơn vị |\n|----|----|----|----|\n| 1 | Phạm Thị Hoa | Kế toán | Trạm Y tế xã |\n| 2 | Đỗ Văn Nam | Công chức Tư pháp | UBND xã |',
    )
    expect(doc.awardees).toEqual([
      { name: 'Phạm Thị Hoa', position: 'Kế toán', organization: 'Trạm Y tế xã', form: null },
      { name: 'Đỗ Văn Nam', position: 'Công chức Tư pháp', organization: 'UBND xã', form: null },
    ])
  })

  it('reads none from a plan', () => {
    expect(parseText('KẾ HOẠCH\nThi đua\n1. Ông Nguyễn Văn A, Chủ tịch UBND xã.').awardees).toEqual([])
  })
})
