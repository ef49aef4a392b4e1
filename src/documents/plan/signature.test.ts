import { describe, expect, it } from 'vitest'
import { signatureBlock } from './signature.ts'

const signer = (mode: 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ' | 'none', onBehalfOf: string | null, title: string) => ({
  mode, onBehalfOf, title, name: 'Nguyễn Văn An', personId: null,
})

describe('signature forms', () => {
  it('state: TM. on behalf of the committee, KT. for the chairman, Q. acting', () => {
    expect(signatureBlock(signer('TM', 'Ủy ban nhân dân', 'Chủ tịch'), 'state')).toEqual({
      authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn An',
    })
    expect(signatureBlock(signer('KT', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH'), 'state')).toEqual({
      authorityLines: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An',
    })
    expect(signatureBlock(signer('Q', null, 'CHỦ TỊCH'), 'state')).toEqual({ authorityLines: [], title: 'Q. CHỦ TỊCH', name: 'Nguyễn Văn An' })
    expect(signatureBlock(signer('TL', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'), 'state').authorityLines).toEqual(['TL. CHỦ TỊCH'])
  })

  it('Party (HD 36-HD/VPTW): T/M ĐẢNG ỦY, K/T BÍ THƯ', () => {
    expect(signatureBlock(signer('TM', 'ĐẢNG ỦY', 'BÍ THƯ'), 'party')).toEqual({
      authorityLines: ['T/M ĐẢNG ỦY'], title: 'BÍ THƯ', name: 'Nguyễn Văn An',
    })
    expect(signatureBlock(signer('KT', 'BÍ THƯ', 'PHÓ BÍ THƯ'), 'party').authorityLines).toEqual(['K/T BÍ THƯ'])
    expect(signatureBlock(signer('TUQ', 'BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'), 'party').authorityLines).toEqual(['T/UQ BAN THƯỜNG VỤ'])
  })

  it('a head signing in person has only the title', () => {
    expect(signatureBlock(signer('none', null, 'CHỦ TỊCH'), 'state')).toEqual({ authorityLines: [], title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' })
  })
})
