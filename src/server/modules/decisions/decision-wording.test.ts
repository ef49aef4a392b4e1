import { describe, expect, it } from 'vitest'
import { issuerIdentity } from '../../../shared/issuer-identity.ts'
import { deciderOf, decisionSignature, defaultTitle, printedAward } from './decision-wording.ts'

const commune = issuerIdentity({ name: 'Xã Bình Thành', kind: 'commune' }, [{ name: 'Tỉnh Thái Nguyên', kind: 'province' }])
const party = issuerIdentity({ name: 'Đảng ủy xã Bình Thành', kind: 'party_committee' }, [{ name: 'Tỉnh Thái Nguyên', kind: 'province' }, { name: 'Xã Bình Thành', kind: 'commune' }])

describe('decision wording (law.md §8.3)', () => {
  it('names who decides above the bases and in running text', () => {
    expect(deciderOf(commune)).toMatchObject({ deciderLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH', decider: 'Chủ tịch Ủy ban nhân dân xã Bình Thành' })
    expect(deciderOf(party)).toMatchObject({ deciderLine: 'BAN THƯỜNG VỤ ĐẢNG ỦY XÃ BÌNH THÀNH', decider: 'Ban Thường vụ Đảng ủy xã Bình Thành', track: 'party' })
  })

  it('signs TM. for the committee, KT. for a deputy, Q. before the title; the Party writes T/M, K/T', () => {
    expect(decisionSignature(commune, { signingForm: 'TM', signerTitle: 'CHỦ TỊCH', signerName: 'Hoàng Văn Thắng' })).toEqual({ authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Hoàng Văn Thắng' })
    expect(decisionSignature(commune, { signingForm: 'KT', signerTitle: 'Phó Chủ tịch', signerName: 'Ma Thị Lan' })).toEqual({ authorityLines: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'Ma Thị Lan' })
    expect(decisionSignature(commune, { signingForm: 'Q', signerTitle: 'CHỦ TỊCH', signerName: 'Ma Thị Lan' })).toEqual({ authorityLines: [], title: 'Q. CHỦ TỊCH', name: 'Ma Thị Lan' })
    expect(decisionSignature(party, { signingForm: 'KT', signerTitle: 'PHÓ BÍ THƯ', signerName: 'Lục Văn Hải' })).toEqual({ authorityLines: ['K/T BÍ THƯ'], title: 'PHÓ BÍ THƯ', name: 'Lục Văn Hải' })
  })

  it('prints forms without their issuer and titles as "danh hiệu …"', () => {
    expect(printedAward('GIAY_KHEN_CHU_TICH_XA')).toBe('Giấy khen')
    expect(printedAward('XA_TIEU_BIEU')).toBe('Xã, phường, đặc khu tiêu biểu')
    expect(defaultTitle(['LDTT', 'GIAY_KHEN_CHU_TICH_XA', 'LDTT'], 2025)).toBe('Về việc tặng danh hiệu Lao động tiên tiến và Giấy khen năm 2025')
  })
})
