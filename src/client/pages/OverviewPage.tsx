// / — welcome card with counts for the user's scope and quick links.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd'
import { ApartmentOutlined, FileExcelOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons'
import { api } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { can } from '../../shared/roles.ts'
import { useOrganizationTree } from '../components/organization-tree.ts'
import type { Page } from '../types.ts'
import { DashboardSummary } from '../components/statistics/DashboardSummary.tsx'

function useTotal(resource: 'people' | 'households') {
  return useQuery({
    queryKey: [resource, 'total'],
    queryFn: () => api.get<Page<unknown>>(`/api/${resource}?pageSize=1`),
    select: (page): number | string => (page.totalCapped ? `> ${page.total.toLocaleString('vi-VN')}` : page.total),
  })
}

function Count({ title, value, loading, failed, icon }: { title: string; value: number | string | undefined; loading: boolean; failed: boolean; icon: ReactNode }) {
  return (
    <Card>
      <Statistic title={title} value={failed ? '—' : value} loading={loading} prefix={icon} groupSeparator="." />
    </Card>
  )
}

export function OverviewPage() {
  const me = useCurrentUser()
  const tree = useOrganizationTree()
  const people = useTotal('people')
  const households = useTotal('households')

  const links = [
    { to: '/to-chuc', icon: <ApartmentOutlined />, title: 'Cây tổ chức', text: 'Đơn vị, sáp nhập, cụm và khối thi đua' },
    { to: '/ca-nhan', icon: <TeamOutlined />, title: 'Cá nhân', text: 'Tìm kiếm, thêm và sửa hồ sơ cá nhân' },
    { to: '/ho-gia-dinh', icon: <HomeOutlined />, title: 'Hộ gia đình', text: 'Danh sách hộ theo thôn, xóm' },
    ...(can(me, 'person.import') ? [{ to: '/ca-nhan/nhap', icon: <FileExcelOutlined />, title: 'Nhập từ Excel', text: 'Nhập danh sách cá nhân từ tệp mẫu' }] : []),
  ]

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          Xin chào, {me.displayName}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {me.roleLabel} — {me.organizationName}. Số liệu dưới đây tính trong phạm vi đơn vị của bạn và các đơn vị trực thuộc.
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]} data-testid="overview-counts">
        <Col xs={24} sm={8}>
          <Count title="Tổ chức, đơn vị" value={tree.data?.items.length} loading={tree.isPending} failed={tree.isError} icon={<ApartmentOutlined />} />
        </Col>
        <Col xs={24} sm={8}>
          <Count title="Cá nhân" value={people.data} loading={people.isPending} failed={people.isError} icon={<TeamOutlined />} />
        </Col>
        <Col xs={24} sm={8}>
          <Count title="Hộ gia đình" value={households.data} loading={households.isPending} failed={households.isError} icon={<HomeOutlined />} />
        </Col>
      </Row>
      <DashboardSummary />
      <Typography.Title level={5} style={{ margin: 0 }}>
        Truy cập nhanh
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {links.map((link) => (
          <Col xs={24} sm={12} xl={6} key={link.to}>
            <Link to={link.to}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta avatar={<span style={{ fontSize: 24 }}>{link.icon}</span>} title={link.title} description={link.text} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Flex>
  )
}
