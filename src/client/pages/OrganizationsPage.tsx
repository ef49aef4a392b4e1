// /to-chuc — the organization tree with unit details, and the emulation clusters and blocs.
import { Card, Tabs } from 'antd'
import { OrganizationTreePanel } from '../components/OrganizationTreePanel.tsx'
import { ClustersPanel } from '../components/ClustersPanel.tsx'
import { PageHeader } from '../components/PageHeader.tsx'

export function OrganizationsPage() {
  return (
    <>
      <PageHeader title="Tổ chức" />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          items={[
            { key: 'tree', label: 'Cây tổ chức', children: <OrganizationTreePanel /> },
            { key: 'clusters', label: 'Cụm, khối thi đua', children: <ClustersPanel /> },
          ]}
        />
      </Card>
    </>
  )
}
