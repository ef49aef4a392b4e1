// The signed-in frame: a red header with the user and "Đăng xuất", the side menu
// (a collapsible Sider on wide screens, a Drawer on phones) and the current page.
import { Suspense, useState, type ReactNode } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Drawer, Flex, Grid, Layout, Menu, Typography } from 'antd'
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileExcelOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  FlagOutlined,
  HomeOutlined,
  LogoutOutlined,
  MenuOutlined,
  NotificationOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SolutionOutlined,
  SoundOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
  WalletOutlined,
} from '@ant-design/icons'
import { NotificationBell } from './notifications/NotificationBell.tsx'
import { can, type Permission } from '../../shared/roles.ts'
import { api, setCsrfToken, toApiError } from '../api.ts'
import { FullPageSpin, useCurrentUser } from '../auth.tsx'

interface NavItem {
  key: string
  icon: ReactNode
  label: string
  permission?: Permission
}

/** The menu in the order of the yearly cycle, under a heading per stage (headings show when the menu is open). */
const NAV_GROUPS: { title: string; items: NavItem[] }[] = [
  {
    title: 'Dữ liệu',
    items: [
      { key: '/', icon: <DashboardOutlined />, label: 'Tổng quan' },
      { key: '/to-chuc', icon: <ApartmentOutlined />, label: 'Tổ chức' },
      { key: '/ca-nhan', icon: <TeamOutlined />, label: 'Cá nhân' },
      { key: '/ho-gia-dinh', icon: <HomeOutlined />, label: 'Hộ gia đình' },
      { key: '/ca-nhan/nhap', icon: <FileExcelOutlined />, label: 'Nhập từ Excel', permission: 'person.import' },
      { key: '/nhap-van-ban', icon: <FileSearchOutlined />, label: 'Nhập từ văn bản', permission: 'document.import' },
    ],
  },
  {
    title: 'Phong trào thi đua',
    items: [
      { key: '/ke-hoach', icon: <FlagOutlined />, label: 'Kế hoạch thi đua' },
      { key: '/dang-ky-thi-dua', icon: <FormOutlined />, label: 'Đăng ký thi đua' },
      { key: '/su-kien', icon: <SoundOutlined />, label: 'Lễ phát động, hội nghị' },
      { key: '/bao-cao', icon: <FileTextOutlined />, label: 'Sơ kết, tổng kết' },
      { key: '/lich', icon: <CalendarOutlined />, label: 'Lịch' },
    ],
  },
  {
    title: 'Khen thưởng',
    items: [
      { key: '/xet-dieu-kien', icon: <SafetyCertificateOutlined />, label: 'Xét điều kiện' },
      { key: '/de-nghi', icon: <FileDoneOutlined />, label: 'Đề nghị khen thưởng' },
      { key: '/hoi-dong', icon: <SolutionOutlined />, label: 'Hội đồng TĐKT', permission: 'council.read' },
      { key: '/cong-khai-danh-sach', icon: <NotificationOutlined />, label: 'Công khai danh sách', permission: 'posting.manage' },
      { key: '/quyet-dinh', icon: <TrophyOutlined />, label: 'Quyết định khen thưởng' },
      { key: '/trinh-cap-tren', icon: <SendOutlined />, label: 'Trình cấp trên' },
      { key: '/quy-thi-dua', icon: <WalletOutlined />, label: 'Quỹ thi đua, khen thưởng', permission: 'fund.read' },
    ],
  },
  {
    title: 'Tổng hợp',
    items: [
      { key: '/so-khen-thuong', icon: <BookOutlined />, label: 'Sổ khen thưởng' },
      { key: '/thong-ke', icon: <BarChartOutlined />, label: 'Thống kê', permission: 'statistics.read' },
      { key: '/bang-vinh-danh', icon: <StarOutlined />, label: 'Bảng vinh danh', permission: 'honour.manage' },
    ],
  },
  {
    title: 'Hệ thống',
    items: [
      { key: '/thong-bao', icon: <BellOutlined />, label: 'Thông báo' },
      { key: '/quy-dinh', icon: <ReadOutlined />, label: 'Quy định áp dụng' },
      { key: '/tai-khoan', icon: <UserSwitchOutlined />, label: 'Tài khoản', permission: 'account.read' },
      { key: '/nhat-ky', icon: <AuditOutlined />, label: 'Nhật ký', permission: 'audit.read' },
    ],
  },
]

const NAV: NavItem[] = NAV_GROUPS.flatMap((group) => group.items)

/** The menu entry for a path: the longest key that prefixes it ('/ca-nhan/nhap' beats '/ca-nhan'). */
function selectedKey(pathname: string): string {
  const matches = NAV.filter((item) => item.key === '/' ? pathname === '/' : pathname === item.key || pathname.startsWith(`${item.key}/`))
  return matches.sort((a, b) => b.key.length - a.key.length)[0]?.key ?? ''
}

export function AppLayout() {
  const me = useCurrentUser()
  const screens = Grid.useBreakpoint()
  const isWide = screens.lg ?? true
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const [collapsed, setCollapsed] = useState(false)
  const [drawerOpen, setDrawerOpen] = useState(false)

  const allowed = (item: NavItem) => !item.permission || can(me, item.permission)
  const items = NAV_GROUPS.map((group) => ({
    type: 'group' as const,
    key: group.title,
    label: group.title,
    children: group.items.filter(allowed).map(({ key, icon, label }) => ({ key, icon, label })),
  })).filter((group) => group.children.length > 0)
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(location.pathname)]}
      onClick={({ key }) => {
        setDrawerOpen(false)
        navigate(key)
      }}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  )

  const signOut = async () => {
    try {
      await api.post('/api/auth/logout')
    } catch (error) {
      message.error(toApiError(error).message)
      return
    }
    setCsrfToken(null)
    queryClient.clear()
    navigate('/dang-nhap', { replace: true })
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 10, display: 'flex', alignItems: 'center', gap: 12 }}>
        <Button
          type="text"
          aria-label={isWide ? 'Thu gọn menu' : 'Mở menu'}
          icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
          onClick={() => (isWide ? setCollapsed(!collapsed) : setDrawerOpen(true))}
        />
        <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: 17, flex: 1, minWidth: 0 }}>
          {isWide ? 'tdkt — Thi đua, khen thưởng' : 'tdkt'}
        </Typography.Text>
        <NotificationBell />
        {isWide && <UserSummary light />}
        <Button onClick={signOut} icon={<LogoutOutlined />} data-testid="logout" ghost>
          Đăng xuất
        </Button>
      </Layout.Header>
      <Layout>
        {isWide ? (
          <Layout.Sider width={248} collapsible collapsed={collapsed} onCollapse={setCollapsed} trigger={null} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            {menu}
          </Layout.Sider>
        ) : (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={280} title="tdkt — Thi đua, khen thưởng" styles={{ body: { padding: 0 } }}>
            <div style={{ padding: '12px 24px', borderBottom: '1px solid #f0f0f0' }}>
              <UserSummary />
            </div>
            {menu}
          </Drawer>
        )}
        <Layout.Content style={{ padding: isWide ? 24 : 12, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}

/** "Nguyễn Văn A — Thường trực Hội đồng TĐKT, Xã Bình Thành". */
function UserSummary({ light = false }: { light?: boolean }) {
  const me = useCurrentUser()
  const color = light ? '#fff' : undefined
  const secondary = light ? 'rgba(255,255,255,0.8)' : undefined
  return (
    <Flex vertical style={{ lineHeight: 1.3, minWidth: 0, maxWidth: light ? 420 : undefined, textAlign: light ? 'right' : 'left' }} data-testid="current-user">
      <Typography.Text strong style={{ color }} ellipsis={light}>
        {me.displayName}
      </Typography.Text>
      <Typography.Text style={{ color: secondary, fontSize: 12 }} type={light ? undefined : 'secondary'} ellipsis={light}>
        {me.roleLabel} · {me.organizationName}
      </Typography.Text>
    </Flex>
  )
}
