// A searchable TreeSelect over the caller's organization tree. Units no longer in force
// are shown greyed out and cannot be chosen (except the value already set).
import { useMemo } from 'react'
import { TreeSelect } from 'antd'
import type { OrganizationKind } from '../../shared/organizations.ts'
import { todayIso } from '../format.ts'
import type { Organization } from '../types.ts'
import { buildOrganizationTree, organizationMatches, useOrganizationTree, type OrganizationNode } from './organization-tree.ts'

interface TreeOption {
  value: string
  title: string
  organization: Organization
  disabled: boolean
  children?: TreeOption[]
}

interface Props<V> {
  value?: V
  onChange?: (value: V) => void
  placeholder?: string
  allowClear?: boolean
  multiple?: boolean
  /** Only these kinds can be chosen (others stay visible to navigate the tree). */
  kinds?: readonly OrganizationKind[]
  /** Units that may not be chosen, e.g. the unit itself when picking its new parent. */
  excludeIds?: readonly string[]
  id?: string
  'data-testid'?: string
}

export function OrganizationSelect<V extends string | string[] | undefined>({ value, onChange, placeholder, allowClear, multiple, kinds, excludeIds, id, ...rest }: Props<V>) {
  const { data, isPending } = useOrganizationTree()
  const treeData = useMemo(() => {
    const chosen = new Set(Array.isArray(value) ? value : value ? [value] : [])
    const toOption = (node: OrganizationNode): TreeOption => ({
      value: node.value,
      title: node.inactive ? `${node.title} (hết hiệu lực)` : node.title,
      organization: node.organization,
      disabled:
        !chosen.has(node.value) &&
        (node.inactive || (kinds !== undefined && !kinds.includes(node.organization.kind)) || (excludeIds?.includes(node.value) ?? false)),
      children: node.children.length > 0 ? node.children.map(toOption) : undefined,
    })
    return buildOrganizationTree(data?.items ?? [], todayIso()).map(toOption)
  }, [data, value, kinds, excludeIds])

  return (
    <TreeSelect<V, TreeOption>
      id={id}
      data-testid={rest['data-testid']}
      value={value}
      onChange={(next) => onChange?.(next)}
      treeData={treeData}
      loading={isPending}
      multiple={multiple}
      allowClear={allowClear}
      placeholder={placeholder ?? 'Chọn đơn vị'}
      showSearch={{ filterTreeNode: (input, node) => organizationMatches((node as TreeOption).organization, input) }}
      treeDefaultExpandedKeys={data ? [data.rootId] : []}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      listHeight={360}
      style={{ width: '100%' }}
    />
  )
}
