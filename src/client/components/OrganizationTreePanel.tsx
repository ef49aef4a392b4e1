// The searchable organization tree (accent-insensitive) beside the selected unit's details.
import { useMemo, useRef, useState, type Key } from 'react'
import { Alert, Col, Empty, Flex, Grid, Input, Row, Spin, Switch, Tag, Tree, Typography } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { todayIso } from '../format.ts'
import { buildOrganizationTree, filterOrganizationTree, organizationMatches, useOrganizationTree, type OrganizationNode } from './organization-tree.ts'
import { OrganizationDetails } from './OrganizationDetails.tsx'

export function OrganizationTreePanel() {
  const screens = Grid.useBreakpoint()
  const [activeOnly, setActiveOnly] = useState(true)
  const [query, setQuery] = useState('')
  // Keys the user opened or closed by hand, for the query they were typing; otherwise the search decides.
  const [manualExpansion, setManualExpansion] = useState<{ query: string; keys: Key[] } | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const detailsRef = useRef<HTMLDivElement>(null)
  const today = todayIso()
  const tree = useOrganizationTree(activeOnly ? today : undefined)

  const roots = useMemo(() => buildOrganizationTree(tree.data?.items ?? [], today), [tree.data, today])
  const filtered = useMemo(() => (query.trim() ? filterOrganizationTree(roots, query) : null), [roots, query])

  // Derived from the current data, so a unit saved a moment ago still opens when its name is searched.
  const expandedKeys =
    manualExpansion?.query === query ? manualExpansion.keys : (filtered?.expandedKeys ?? (tree.data ? [tree.data.rootId] : []))

  const select = (id: string) => {
    setSelectedId(id)
    if (!screens.lg) requestAnimationFrame(() => detailsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }))
  }

  const renderTitle = (node: OrganizationNode) => {
    const matched = query.trim() !== '' && organizationMatches(node.organization, query)
    return (
      <span style={{ color: node.inactive ? '#8c8c8c' : undefined }}>
        <span style={{ fontWeight: matched ? 600 : undefined }}>{node.title}</span>
        {node.organization.shortName && <Typography.Text type="secondary"> ({node.organization.shortName})</Typography.Text>}
        {node.inactive && (
          <Tag style={{ marginInlineStart: 6 }} variant="filled">
            hết hiệu lực
          </Tag>
        )}
      </span>
    )
  }

  const nodes = filtered?.nodes ?? roots
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={11}>
        <Flex vertical gap={12}>
          <Input
            prefix={<SearchOutlined />}
            placeholder="Tìm đơn vị — gõ không dấu cũng được"
            aria-label="Tìm đơn vị"
            allowClear
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            data-testid="org-search"
          />
          <Flex align="center" gap={8}>
            <Switch checked={activeOnly} onChange={setActiveOnly} id="org-active-only" data-testid="org-active-only" />
            <label htmlFor="org-active-only">Chỉ đơn vị còn hiệu lực</label>
          </Flex>
          {tree.isError && <Alert type="error" showIcon title={tree.error.message} />}
          {tree.isPending ? (
            <Spin style={{ padding: 24 }} />
          ) : nodes.length === 0 ? (
            <Empty description={query ? 'Không tìm thấy đơn vị phù hợp' : 'Chưa có đơn vị'} />
          ) : (
            <div data-testid="org-tree">
              <Tree<OrganizationNode>
                treeData={nodes}
                titleRender={renderTitle}
                expandedKeys={expandedKeys}
                onExpand={(keys) => setManualExpansion({ query, keys })}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(_keys, info) => select(String(info.node.key))}
                height={screens.lg ? 620 : 420}
                blockNode
                showLine
              />
            </div>
          )}
        </Flex>
      </Col>
      <Col xs={24} lg={13} ref={detailsRef}>
        {selectedId ? (
          <OrganizationDetails id={selectedId} onSelect={select} />
        ) : (
          <Empty description="Chọn một đơn vị trên cây để xem chi tiết" style={{ paddingTop: 48 }} />
        )}
      </Col>
    </Row>
  )
}
