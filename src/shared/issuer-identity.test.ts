import { describe, expect, it } from 'vitest'
import { issuerIdentity, type OrgLike } from './issuer-identity.ts'

const province: OrgLike = { name: 'Tỉnh Thái Nguyên', kind: 'province' }
const commune: OrgLike = { name: 'Xã Bình Thành', kind: 'commune' }
const partyCommittee: OrgLike = { name: 'Đảng ủy xã Bình Chương', kind: 'party_committee' }

describe('issuerIdentity', () => {
  it('heads a commune plan as its People\'s Committee', () => {
    expect(issuerIdentity(commune, [province])).toEqual({
      track: 'state',
      heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH',
      governingBody: null,
      place: 'Bình Thành',
      symbol: 'KH-UBND',
      formalName: 'Ủy ban nhân dân xã Bình Thành',
      signer: { mode: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '', personId: null },
    })
  })

  it('names the People\'s Committee of the province after its territory', () => {
    const ubnd = issuerIdentity({ name: 'Ủy ban nhân dân tỉnh Thái Nguyên', kind: 'peoples_committee' }, [province])
    expect([ubnd.heading, ubnd.place, ubnd.formalName, ubnd.symbol]).toEqual(['ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN', 'Thái Nguyên', 'Ủy ban nhân dân tỉnh Thái Nguyên', 'KH-UBND'])
    expect(issuerIdentity(province, []).heading).toBe('ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN')
  })

  it('heads a commune Party committee plan in the Party form', () => {
    const identity = issuerIdentity(partyCommittee, [province, { name: 'Xã Bình Chương', kind: 'commune' }])
    expect(identity).toMatchObject({
      track: 'party', heading: 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG', governingBody: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN', place: 'Bình Chương', symbol: 'KH/ĐU',
      signer: { mode: 'TM', onBehalfOf: 'ĐẢNG ỦY', title: 'BÍ THƯ' },
    })
    expect(issuerIdentity({ name: 'Đảng bộ tỉnh Thái Nguyên', kind: 'party_committee' }, [province])).toMatchObject({ heading: 'TỈNH ỦY THÁI NGUYÊN', symbol: 'KH/TU' })
  })

  it('puts a Party cell under its Party committee', () => {
    const cell = issuerIdentity({ name: 'Chi bộ xóm Đồng Tâm', kind: 'party_cell' }, [province, commune, { name: 'Đảng ủy xã Bình Thành', kind: 'party_committee' }])
    expect(cell).toMatchObject({ heading: 'CHI BỘ XÓM ĐỒNG TÂM', governingBody: 'ĐẢNG BỘ XÃ BÌNH THÀNH', symbol: 'KH/CB', place: 'Bình Thành' })
  })

  it('gives other units their own name under the commune\'s People\'s Committee', () => {
    const school = issuerIdentity({ name: 'Trường Tiểu học Bình Thành', kind: 'public_service' }, [province, commune])
    expect(school).toMatchObject({ heading: 'TRƯỜNG TIỂU HỌC BÌNH THÀNH', governingBody: 'UBND XÃ BÌNH THÀNH', symbol: 'KH-TTHBT', place: 'Bình Thành', signer: { mode: 'none', title: 'HIỆU TRƯỞNG' } })
    const village = issuerIdentity({ name: 'Xóm Đồng Tâm', kind: 'village' }, [province, commune])
    expect(village).toMatchObject({ symbol: 'KH-XĐT', signer: { title: 'TRƯỞNG XÓM' } })
  })
})
