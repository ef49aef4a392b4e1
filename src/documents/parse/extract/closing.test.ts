import { describe, expect, it } from 'vitest'
import { parseText } from '../index.ts'

const body = 'KẾ HOẠCH\nThi đua năm 2025\nThực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND huyện, UBND xã ban hành kế hoạch như sau:\nI. NỘI DUNG\nThi đua hoàn thành nhiệm vụ./.\n'

describe('recipients and signature', () => {
  it('reads "Nơi nhận" items without notes, the deputy title and the name', () => {
    const doc = parseText(`${body}Nơi nhận:\n- Thường trực Đảng ủy (b/c);\n- Các cơ quan, đơn vị;\n- Lưu: VT (HTN).\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn Bình`)
    expect(doc.recipients).toEqual(['Thường trực Đảng ủy', 'Các cơ quan, đơn vị', 'Lưu: VT (HTN)'])
    expect(doc).toMatchObject({ signer_title: 'PHÓ CHỦ TỊCH', signer_name: 'Nguyễn Văn Bình' })
  })

  it('reads a signature interleaved with the recipients (two columns on one line)', () => {
    const doc = parseText(`${body}Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như Điều 3; KT. CHỦ TỊCH\n- Lưu: VT. PHÓ CHỦ TỊCH\nTrần Thị Lan`)
    expect(doc.recipients).toEqual(['Như Điều 3', 'Lưu: VT'])
    expect(doc).toMatchObject({ signer_title: 'PHÓ CHỦ TỊCH', signer_name: 'Trần Thị Lan' })
  })

  it('reads a signature placed before the recipients and a Party signature', () => {
    const doc = parseText(`${body}T/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Phúc\nNơi nhận:\n- Ban Thường vụ Huyện ủy,\n- Lưu VP Đảng ủy.`)
    expect(doc).toMatchObject({ signer_title: 'BÍ THƯ', signer_name: 'Lê Văn Phúc', recipients: ['Ban Thường vụ Huyện ủy', 'Lưu VP Đảng ủy'] })
  })

  it('finds nothing in a document cut off before its end', () => {
    const doc = parseText(`${body}II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng UBND xã chủ trì, phối hợp với các`)
    expect(doc).toMatchObject({ recipients: [], signer_title: null, signer_name: null })
  })
})
