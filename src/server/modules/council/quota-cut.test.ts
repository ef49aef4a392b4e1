import { describe, expect, it } from 'vitest'
import { overQuota } from './quota-cut.ts'

const check = { unitName: 'Xã Bình Thành', rule: 'GK không quá 50% số LĐTT', citation: 'Quyết định 12/2025/QĐ-UBND, Điều 9', count: 3, limit: 1 }

describe('items beyond a quota', () => {
  it('fails the fewest votes in favour first', () => {
    const cut = overQuota([{ itemId: 'a', votesFor: 9 }, { itemId: 'b', votesFor: 7 }, { itemId: 'c', votesFor: 8 }], check)
    expect([...cut.keys()].sort()).toEqual(['b', 'c'])
    expect(cut.get('b')).toBe('Vượt tỷ lệ khen thưởng — Xã Bình Thành: GK không quá 50% số LĐTT; 3 trường hợp, tối đa 1 (Quyết định 12/2025/QĐ-UBND, Điều 9); Hội đồng giữ 1 trường hợp nhiều phiếu đồng ý nhất')
  })

  it('fails tied items at the boundary together, saying so', () => {
    const cut = overQuota([{ itemId: 'a', votesFor: 9 }, { itemId: 'b', votesFor: 8 }, { itemId: 'c', votesFor: 8 }], { ...check, limit: 2, count: 3 })
    expect([...cut.keys()].sort()).toEqual(['b', 'c'])
    expect(cut.get('c')).toMatch(/Hội đồng giữ 1 trường hợp nhiều phiếu đồng ý nhất; 2 trường hợp cùng 8 phiếu đồng ý ở ranh giới tỷ lệ nên cùng không được thông qua$/)
  })

  it('fails every item of the pool when others already fill the quota', () => {
    expect([...overQuota([{ itemId: 'a', votesFor: 9 }], { ...check, count: 3, limit: 1 }).keys()]).toEqual(['a'])
  })
})
