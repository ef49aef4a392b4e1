import { describe, expect, it } from 'vitest'
import { readinessProblems, type ReadinessFacts } from './readiness-problems.ts'

const A = { id: 'a', kind: 'cong_trang' }
const B = { id: 'b', kind: 'phong_trao' }
const AD_HOC = { id: 'd', kind: 'dot_xuat' }
const POSTING = { id: 'p1', startsOn: '2025-11-01', endsOn: '2025-11-10' }
const posted = (...ids: string[]) => ids.map((nominationId) => ({ postingId: 'p1', nominationId }))
const NONE: ReadinessFacts = { postings: [], items: [], openComments: [] }

describe('posting readiness', () => {
  it('needs a posting, except for ad hoc awards', () => {
    const result = readinessProblems([A, AD_HOC], NONE, '2025-11-20')
    expect(result.get('a')).toEqual(['chưa được công khai danh sách'])
    expect(result.get('d')).toEqual([])
  })

  it('waits for the end of the posting period (inclusive)', () => {
    const facts: ReadinessFacts = { postings: [POSTING], items: posted('a'), openComments: [] }
    expect(readinessProblems([A], facts, '2025-10-30').get('a')).toEqual(['chưa công khai: bắt đầu ngày 01/11/2025, đến hết ngày 10/11/2025'])
    expect(readinessProblems([A], facts, '2025-11-01').get('a')).toEqual(['đang công khai đến hết ngày 10/11/2025'])
    expect(readinessProblems([A], facts, '2025-11-10').get('a')).toEqual(['đang công khai đến hết ngày 10/11/2025'])
    expect(readinessProblems([A], facts, '2025-11-11').get('a')).toEqual([])
  })

  it('checks every posting of the nomination', () => {
    const later = { id: 'p2', startsOn: '2025-11-05', endsOn: '2025-11-20' }
    const facts: ReadinessFacts = { postings: [POSTING, later], items: [...posted('a'), { postingId: 'p2', nominationId: 'a' }], openComments: [] }
    expect(readinessProblems([A], facts, '2025-11-15').get('a')).toEqual(['đang công khai đến hết ngày 20/11/2025'])
  })

  it('counts open comments about the nomination and about the whole posting, not about others', () => {
    const facts: ReadinessFacts = {
      postings: [POSTING],
      items: posted('a', 'b'),
      openComments: [{ postingId: 'p1', nominationId: 'a' }, { postingId: 'p1', nominationId: null }, { postingId: 'p1', nominationId: 'b' }, { postingId: 'other', nominationId: 'a' }],
    }
    const result = readinessProblems([A, B], facts, '2025-11-20')
    expect(result.get('a')).toEqual(['còn 2 góp ý chưa xử lý'])
    expect(result.get('b')).toEqual(['còn 2 góp ý chưa xử lý'])
  })

  it('holds a posted ad hoc award to its posting and comments', () => {
    const facts: ReadinessFacts = { postings: [POSTING], items: posted('d'), openComments: [{ postingId: 'p1', nominationId: 'd' }] }
    expect(readinessProblems([AD_HOC], facts, '2025-11-05').get('d')).toEqual(['đang công khai đến hết ngày 10/11/2025', 'còn 1 góp ý chưa xử lý'])
  })
})
