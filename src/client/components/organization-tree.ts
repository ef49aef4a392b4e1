// The organization tree: fetched flat from /api/organizations/tree and nested here,
// with an accent-insensitive filter ("binh thanh" finds "Bình Thành").
import { useQuery } from '@tanstack/react-query'
import { activeOn } from '../../shared/organizations.ts'
import { foldAccents } from '../../shared/vietnamese.ts'
import { api, toQuery } from '../api.ts'
import type { Organization, OrganizationTree } from '../types.ts'

export interface OrganizationNode {
  key: string
  value: string
  title: string
  organization: Organization
  /** Not in force on the reference date (dissolved, merged or not yet founded). */
  inactive: boolean
  children: OrganizationNode[]
}

/** The caller's subtree; with activeOn only the units in force on that date. */
export function useOrganizationTree(activeOnDate?: string) {
  return useQuery({
    queryKey: ['organizations', 'tree', activeOnDate ?? 'all'],
    queryFn: () => api.get<OrganizationTree>(`/api/organizations/tree${toQuery({ activeOn: activeOnDate })}`),
    staleTime: 60_000,
  })
}

/** Nests the flat list (already in display order); units whose parent is absent become roots. */
export function buildOrganizationTree(items: readonly Organization[], referenceDate: string): OrganizationNode[] {
  const nodes = new Map<string, OrganizationNode>()
  for (const organization of items) {
    nodes.set(organization.id, {
      key: organization.id,
      value: organization.id,
      title: organization.name,
      organization,
      inactive: !activeOn(organization, referenceDate),
      children: [],
    })
  }
  const roots: OrganizationNode[] = []
  for (const node of nodes.values()) {
    const parent = node.organization.parentId ? nodes.get(node.organization.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** Does the unit's name or short name contain the query, ignoring accents and case? */
export function organizationMatches(organization: Pick<Organization, 'name' | 'shortName'>, query: string): boolean {
  const folded = foldAccents(query)
  if (!folded) return true
  return foldAccents(organization.name).includes(folded) || (organization.shortName !== null && foldAccents(organization.shortName).includes(folded))
}

/**
 * Keeps the matching units (with their whole subtree) and the path down to them.
 * expandedKeys opens every ancestor of a match so the matches are visible.
 */
export function filterOrganizationTree(roots: readonly OrganizationNode[], query: string): { nodes: OrganizationNode[]; expandedKeys: string[] } {
  const expandedKeys: string[] = []
  const visit = (node: OrganizationNode): OrganizationNode | null => {
    if (organizationMatches(node.organization, query)) return node
    const children = node.children.map(visit).filter((child): child is OrganizationNode => child !== null)
    if (children.length === 0) return null
    expandedKeys.push(node.key)
    return { ...node, children }
  }
  const nodes = roots.map(visit).filter((node): node is OrganizationNode => node !== null)
  return { nodes, expandedKeys }
}
