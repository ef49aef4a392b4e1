import { describe, expect, it } from 'vitest'
import type { DecidingAuthority } from '../nominations/deciding-authority.ts'
import { awardLevelOf, beyondLevel, destinationOf } from './proposal-destination.ts'

const base = { date: '2025-12-20', citation: null, summary: '', competentAuthorities: [{ code: 'CHU_TICH_UBND_TINH', name: 'Chủ tịch Ủy ban nhân dân cấp tỉnh' }] } as const
const province: DecidingAuthority = { ...base, organizationId: 'p', organizationName: 'Tỉnh Thái Nguyên', authority: { code: 'CHU_TICH_UBND_TINH', name: 'Chủ tịch Ủy ban nhân dân cấp tỉnh' }, competent: true, escalateTo: null, competentAuthorities: [...base.competentAuthorities] }

describe('where a passed nomination is decided', () => {
  it('is the deciding organization when it may confer the form', () => {
    expect(destinationOf(province)).toMatchObject({ organizationId: 'p', label: 'Tỉnh Thái Nguyên (Chủ tịch Ủy ban nhân dân cấp tỉnh)' })
    expect(beyondLevel(province, 'c')).toBe(true)
    expect(beyondLevel(province, 'p')).toBe(false)
    expect(awardLevelOf(province)).toBe('province')
  })

  it('is the level the proposal must go to when the chosen level may not', () => {
    const chosenCommune: DecidingAuthority = {
      ...province, organizationId: 'c', organizationName: 'Xã Bình Thành', competent: false, authority: { code: 'CHU_TICH_UBND_XA', name: 'Chủ tịch UBND xã' },
      escalateTo: { organizationId: 'p', organizationName: 'Tỉnh Thái Nguyên', authorities: [{ code: 'CHU_TICH_UBND_TINH', name: 'Chủ tịch Ủy ban nhân dân cấp tỉnh' }] },
    }
    expect(destinationOf(chosenCommune).organizationId).toBe('p')
    expect(beyondLevel(chosenCommune, 'c')).toBe(true)
  })

  it('is a body outside the chain, named by its authorities, for state awards', () => {
    const pm: DecidingAuthority = {
      ...province, competent: false, competentAuthorities: [{ code: 'THU_TUONG', name: 'Thủ tướng Chính phủ' }],
      escalateTo: { organizationId: null, organizationName: null, authorities: [{ code: 'THU_TUONG', name: 'Thủ tướng Chính phủ' }] },
    }
    expect(destinationOf(pm)).toMatchObject({ organizationId: null, label: 'Thủ tướng Chính phủ' })
    expect(beyondLevel(pm, 'p')).toBe(true)
    expect(awardLevelOf(pm)).toBe('central')
  })
})
