// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { Organization } from '../types.ts'
import { buildOrganizationTree, filterOrganizationTree } from './organization-tree.ts'

const org = (id: string, parentId: string | null, name: string, extra: Partial<Organization> = {}): Organization => ({
  id,
  parentId,
  path: '',
  name,
  shortName: null,
  kind: 'village',
  level: 'village',
  track: 'government',
  validFrom: null,
  validTo: null,
  successorId: null,
  note: null,
  version: 1,
  updatedAt: '2025-07-01T00:00:00Z',
  ...extra,
})

const items = [
  org('xa', null, 'Xã Bình Thành', { kind: 'commune' }),
  org('dong-tam', 'xa', 'Xóm Đồng Tâm'),
  org('chi-bo', 'dong-tam', 'Chi bộ xóm Đồng Tâm', { kind: 'party_cell' }),
  org('na-mao', 'xa', 'Xóm Na Mao'),
  org('cu', 'xa', 'Xóm Cũ', { validTo: '2025-06-30', successorId: 'na-mao' }),
  org('truong', 'xa', 'Trường Tiểu học Bình Thành', { kind: 'public_service', shortName: 'TH BT' }),
]

describe('buildOrganizationTree', () => {
  it('nests the flat list in its order and marks units no longer in force', () => {
    const [root, ...others] = buildOrganizationTree(items, '2025-07-01')
    expect(others).toEqual([])
    expect(root!.title).toBe('Xã Bình Thành')
    expect(root!.children.map((child) => child.title)).toEqual(['Xóm Đồng Tâm', 'Xóm Na Mao', 'Xóm Cũ', 'Trường Tiểu học Bình Thành'])
    expect(root!.children[0]!.children.map((child) => child.key)).toEqual(['chi-bo'])
    expect(root!.children.find((child) => child.key === 'cu')!.inactive).toBe(true)
    expect(root!.children.find((child) => child.key === 'na-mao')!.inactive).toBe(false)
  })

  it('makes a unit whose parent is outside the list a root (a unit officer sees only its subtree)', () => {
    const roots = buildOrganizationTree(items.slice(1, 3), '2025-07-01')
    expect(roots.map((root) => root.key)).toEqual(['dong-tam'])
  })
})

describe('filterOrganizationTree', () => {
  const roots = buildOrganizationTree(items, '2025-07-01')

  it('finds units typed without accents and opens the path down to them', () => {
    const { nodes, expandedKeys } = filterOrganizationTree(roots, 'dong tam')
    expect(nodes.map((node) => node.key)).toEqual(['xa'])
    // "Xóm Đồng Tâm" matches itself, so its subtree stays whole; only its ancestors are opened.
    expect(nodes[0]!.children.map((child) => child.key)).toEqual(['dong-tam'])
    expect(nodes[0]!.children[0]!.children.map((child) => child.key)).toEqual(['chi-bo'])
    expect(expandedKeys).toEqual(['xa'])
  })

  it('matches the short name too, and returns nothing when nothing matches', () => {
    expect(filterOrganizationTree(roots, 'th bt').nodes[0]!.children.map((child) => child.key)).toEqual(['truong'])
    expect(filterOrganizationTree(roots, 'khong co').nodes).toEqual([])
  })

  it('keeps the original tree untouched', () => {
    filterOrganizationTree(roots, 'na mao')
    expect(roots[0]!.children).toHaveLength(4)
  })
})
