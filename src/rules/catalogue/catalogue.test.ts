import { describe, expect, it } from 'vitest'
import { CATALOGUE } from './index.ts'
import { CATALOGUE_CODES, type CatalogueCode } from './types.ts'

const conferredBy = (ruleSet: 'ND98_2023' | 'ND152_2025', authority: string): CatalogueCode[] =>
  CATALOGUE_CODES.filter((code) => CATALOGUE[code].byRuleSet[ruleSet]?.authorities.some((g) => g.authority === authority))

describe('catalogue', () => {
  it('keys every entry by its own code', () => {
    for (const code of CATALOGUE_CODES) expect(CATALOGUE[code].code).toBe(code)
  })
  it('gives the commune chair LĐTT, GĐVH and Giấy khen before 01/07/2025, and adds CSTĐCS, TTLĐTT, thôn văn hóa after (law.md §1.5)', () => {
    expect(conferredBy('ND98_2023', 'CHU_TICH_UBND_XA').sort()).toEqual(['GIAY_KHEN_CHU_TICH_XA', 'GIA_DINH_VAN_HOA', 'LDTT'])
    expect(conferredBy('ND152_2025', 'CHU_TICH_UBND_XA').sort()).toEqual(['CSTDCS', 'GIAY_KHEN_CHU_TICH_XA', 'GIA_DINH_VAN_HOA', 'LDTT', 'THON_VAN_HOA', 'TTLDTT'])
  })
  it('has no district chair and no district Giấy khen from 01/07/2025', () => {
    expect(conferredBy('ND98_2023', 'CHU_TICH_UBND_HUYEN').sort()).toEqual(['CSTDCS', 'GIAY_KHEN_CHU_TICH_HUYEN', 'LDTT', 'THON_VAN_HOA', 'TTLDTT'])
    expect(conferredBy('ND152_2025', 'CHU_TICH_UBND_HUYEN')).toEqual([])
    expect(CATALOGUE.GIAY_KHEN_CHU_TICH_HUYEN.byRuleSet.ND152_2025).toBeUndefined()
  })
  it('carries the coefficients of Nghị định 152/2025, Điều 50 and 54', () => {
    const c = (code: CatalogueCode, kind: 'individual' | 'collective' | 'household') => CATALOGUE[code].byRuleSet.ND152_2025?.bonus[kind]?.coefficient
    expect([c('LDTT', 'individual'), c('CSTDCS', 'individual'), c('CSTD_TINH', 'individual'), c('TTLDTT', 'collective'), c('TTLDXS', 'collective')]).toEqual([0.3, 1.0, 3.0, 0.8, 1.5])
    expect([c('GIAY_KHEN_CHU_TICH_XA', 'individual'), c('BANG_KHEN_CHU_TICH_TINH', 'individual'), c('BANG_KHEN_THU_TUONG', 'collective')]).toEqual([0.3, 1.5, 7.0])
    expect(CATALOGUE.GIAY_KHEN_CHU_TICH_XA.byRuleSet.ND98_2023?.bonus.individual?.coefficient).toBe(0.15)
  })
  it('does not present unknown money as known', () => {
    expect(CATALOGUE.GIA_DINH_VAN_HOA.byRuleSet.ND152_2025?.bonus.household).toMatchObject({ coefficient: null, confidence: 'unconfirmed' })
    expect(CATALOGUE.LDTT.byRuleSet.ND98_2023?.bonus.individual).toMatchObject({ coefficient: null, confidence: 'unconfirmed' })
  })
  it('asks for a ballot of 80% for CSTĐCS and 90% for CSTĐ cấp tỉnh, marking the Nghị định 152 article as not seen', () => {
    expect(CATALOGUE.CSTDCS.byRuleSet.ND98_2023?.ballot).toMatchObject({ share: 0.8, confidence: 'confirmed' })
    expect(CATALOGUE.CSTDCS.byRuleSet.ND152_2025?.ballot).toMatchObject({ share: 0.8, confidence: 'indirect' })
    expect(CATALOGUE.CSTD_TINH.byRuleSet.ND152_2025?.ballot).toMatchObject({ share: 0.9, confidence: 'unconfirmed' })
    expect(CATALOGUE.LDTT.byRuleSet.ND152_2025?.ballot).toBeNull()
  })
  it('lists the CSTĐCS dossier with the confirmed forms Mẫu 01 and 05 of Nghị định 152/2025', () => {
    const forms = CATALOGUE.CSTDCS.byRuleSet.ND152_2025?.dossier.individual?.cong_trang?.map((d) => d.form)
    expect(forms).toContain('Mẫu số 01, Phụ lục Nghị định 152/2025/NĐ-CP')
    expect(forms).toContain('Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP')
  })
  it('keeps the Party and mass-organisation tracks apart', () => {
    expect(CATALOGUE_CODES.filter((c) => CATALOGUE[c].track === 'mass')).toEqual(['GIAY_KHEN_TO_CHUC_CT_XH'])
    expect(CATALOGUE_CODES.filter((c) => CATALOGUE[c].track === 'party')).toHaveLength(11)
    expect(CATALOGUE.GIAY_KHEN_DANG_UY_DANG_VIEN.validFrom).toBe('2025-06-09')
  })
})
