// Emulation clusters (cụm) and blocs (khối): their members and leader, with create and edit.
import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Flex, Table, Tag } from 'antd'
import { CrownOutlined, PlusOutlined } from '@ant-design/icons'
import { CLUSTER_KINDS } from '../../shared/organizations.ts'
import { api } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { can } from '../../shared/roles.ts'
import type { Cluster } from '../types.ts'
import { ClusterForm } from './ClusterForm.tsx'
import { useOrganizationTree } from './organization-tree.ts'

function useClusters() {
  return useQuery({ queryKey: ['clusters'], queryFn: () => api.get<{ items: Cluster[] }>('/api/clusters') })
}

export function ClustersPanel() {
  const me = useCurrentUser()
  const { data, isPending, error } = useClusters()
  const { data: tree } = useOrganizationTree()
  const [editing, setEditing] = useState<Cluster | 'new' | null>(null)
  const names = useMemo(() => new Map((tree?.items ?? []).map((item) => [item.id, item.name])), [tree])
  const canEdit = can(me, 'organization.write')

  return (
    <Flex vertical gap={12}>
      {canEdit && (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="cluster-add">
            Thêm cụm, khối
          </Button>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error.message} />}
      <Table<Cluster>
        rowKey="id"
        loading={isPending}
        dataSource={data?.items}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: 'Chưa có cụm, khối thi đua' }}
        columns={[
          { title: 'Tên cụm, khối', dataIndex: 'name', width: 220 },
          { title: 'Loại', dataIndex: 'kind', width: 130, render: (kind: Cluster['kind']) => <Tag color={kind === 'cluster' ? 'volcano' : 'geekblue'}>{CLUSTER_KINDS[kind]}</Tag> },
          { title: 'Năm', dataIndex: 'year', width: 80, render: (year: number | null) => year ?? '—' },
          { title: 'Cơ quan tổ chức', dataIndex: 'ownerId', width: 200, render: (id: string) => names.get(id) ?? '—' },
          {
            title: 'Thành viên',
            dataIndex: 'members',
            render: (members: Cluster['members']) => (
              <Flex wrap gap={4}>
                {members.map((member) => (
                  <Tag key={member.organizationId} color={member.isLeader ? 'gold' : undefined} icon={member.isLeader ? <CrownOutlined /> : undefined}>
                    {member.name}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          ...(canEdit
            ? [{ title: '', key: 'edit', width: 80, render: (_: unknown, cluster: Cluster) => <Button size="small" onClick={() => setEditing(cluster)}>Sửa</Button> }]
            : []),
        ]}
      />
      {editing && <ClusterForm cluster={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Flex>
  )
}
