import { describe, expect, it } from 'vitest'
import { CATALOGUE, ruleSetOn, type CatalogueCode } from '../../../rules/index.ts'
import { authoritiesOf, resolveDecider, type ChainOrganization } from './deciding-authority.ts'

const org = (id: string, name: string, kind: ChainOrganization['kind'], validTo: string | null = null): ChainOrganization => ({ id, name, kind, validFrom: null, validTo })
const province = org('p', 'Tỉnh Thái Nguyên', 'province')
const commune = org('c', 'Xã Bắc Sơn', 'commune')
const school = org('s', 'Trường Tiểu học Bắc Sơn', 'public_service')
const partyCommittee = org('d', 'Đảng ủy xã Bắc Sơn', 'party_committee')
const cell = org('cb', 'Chi bộ thôn Kim Sơn', 'party_cell')
/** The school's chain: itself, the commune, the province. */
const schoolChain = [school, commune, province]

const ask = (code: CatalogueCode, date: string, chain = schoolChain, chosenId?: string) =>
  resolveDecider({ targetShort: CATALOGUE[code].short, grants: CATALOGUE[code].byRuleSet[ruleSetOn(date).id]!.authorities, date, chain, chosenId })

describe('authorities of an organization', () => {
  it('follow its kind and the level of its territory', () => {
    expect(authoritiesOf(commune, [province])).toEqual(['CHU_TICH_UBND_XA'])
    expect(authoritiesOf(province, [])).toEqual(['CHU_TICH_UBND_TINH'])
    // the committee's chairman decides as the chair of its territory: the territory holds the authority
    expect(authoritiesOf(org('u', 'Ủy ban nhân dân tỉnh', 'peoples_committee'), [province])).toEqual([])
    expect(authoritiesOf(org('so', 'Sở Nội vụ', 'department'), [province])).toEqual(['THU_TRUONG_CO_QUAN_CHUYEN_MON'])
    expect(authoritiesOf(org('vp', 'Văn phòng HĐND và UBND xã', 'department'), [province, commune])).toEqual([])
    expect(authoritiesOf(school, [province, commune])).toEqual([])
    expect(authoritiesOf(partyCommittee, [province, commune])).toEqual(['DANG_UY_CO_SO'])
    expect(authoritiesOf(org('e', 'Hợp tác xã Chè Bắc Sơn', 'enterprise'), [province, commune])).toEqual(['GIAM_DOC_DOANH_NGHIEP'])
  })
})

describe('the deciding level of a nomination', () => {
  it('is the first level up the chain that may confer it', () => {
    expect(ask('GIAY_KHEN_CHU_TICH_XA', '2025-12-20')).toMatchObject({ organizationId: 'c', competent: true, authority: { code: 'CHU_TICH_UBND_XA' }, escalateTo: null })
    expect(ask('BANG_KHEN_CHU_TICH_TINH', '2025-12-20')).toMatchObject({ organizationId: 'p', competent: true, authority: { code: 'CHU_TICH_UBND_TINH' } })
    // staff of the commune's own office, under its People's Committee, are decided by the commune like everyone else there
    const officeChain = [org('vp', 'Văn phòng HĐND và UBND xã', 'department'), org('u', 'Ủy ban nhân dân xã Bắc Sơn', 'peoples_committee'), commune, province]
    expect(ask('GIAY_KHEN_CHU_TICH_XA', '2025-12-20', officeChain)).toMatchObject({ organizationId: 'c', competent: true, authority: { code: 'CHU_TICH_UBND_XA' } })
    expect(ask('GIAY_KHEN_DANG_UY_DANG_VIEN', '2025-12-20', [cell, partyCommittee, commune, province])).toMatchObject({ organizationId: 'd', competent: true })
  })

  it('follows the date: CSTĐCS passed from the district chair to the commune chair on 01/07/2025', () => {
    expect(ask('CSTDCS', '2025-12-20')).toMatchObject({ organizationId: 'c', competent: true })
    const before = ask('CSTDCS', '2025-06-30')
    expect(before).toMatchObject({ organizationId: 'c', competent: false, escalateTo: { organizationId: null } })
    expect(before.escalateTo!.authorities.map((a) => a.code)).toContain('CHU_TICH_UBND_HUYEN')
  })

  it('records a level that may not confer the form, and the level the proposal must go up to', () => {
    const own = ask('BANG_KHEN_CHU_TICH_TINH', '2025-12-20', schoolChain, 'c')
    expect(own).toMatchObject({ organizationId: 'c', competent: false, authority: { code: 'CHU_TICH_UBND_XA' }, escalateTo: { organizationId: 'p', organizationName: 'Tỉnh Thái Nguyên' } })
    expect(own.summary).toBe('Xã Bắc Sơn không có thẩm quyền quyết định Bằng khen Chủ tịch UBND tỉnh ngày 20/12/2025; phải trình lên Tỉnh Thái Nguyên (Chủ tịch Ủy ban nhân dân cấp tỉnh).')
    const tooHigh = ask('GIAY_KHEN_CHU_TICH_XA', '2025-12-20', schoolChain, 'p')
    expect(tooHigh).toMatchObject({ organizationId: 'p', competent: false, escalateTo: { organizationId: 'c' } })
    expect(tooHigh.summary).toMatch(/; phải trình Xã Bắc Sơn \(Chủ tịch Ủy ban nhân dân cấp xã/)
  })

  it('skips a level no longer in force on the date', () => {
    const merged = org('c0', 'Xã Bắc Sơn (cũ)', 'commune', '2025-06-30')
    expect(ask('GIAY_KHEN_CHU_TICH_XA', '2025-12-20', [school, merged, province])).toMatchObject({ organizationId: 'p', competent: false, escalateTo: { organizationId: null } })
  })
})
