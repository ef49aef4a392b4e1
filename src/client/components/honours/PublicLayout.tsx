// The frame of the public pages (no account, outside the application's layout): a header linking the honour
// board, the posted lists and the certificate check, the page, and a short footer.
import type { ReactNode } from 'react'
import { Link, NavLink } from 'react-router'
import { Flex, Typography } from 'antd'
import { TrophyOutlined } from '@ant-design/icons'

const LINKS = [
  { to: '/vinh-danh', label: 'Vinh danh', testId: 'public-nav-honours' },
  { to: '/cong-khai', label: 'Công khai danh sách', testId: 'public-nav-postings' },
  { to: '/xac-minh', label: 'Xác minh giấy khen', testId: 'public-nav-verify' },
]

export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5', display: 'flex', flexDirection: 'column' }}>
      <header style={{ background: '#a8071a', color: '#fff', padding: '10px 16px' }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ maxWidth: 1100, margin: '0 auto' }}>
          <Link to="/vinh-danh" style={{ color: '#fff', fontWeight: 600, fontSize: 17 }}>
            <TrophyOutlined /> Thi đua – Khen thưởng
          </Link>
          <nav>
            <Flex gap={16} wrap>
              {LINKS.map((l) => (
                <NavLink key={l.to} to={l.to} data-testid={l.testId} style={({ isActive }) => ({ color: '#fff', opacity: isActive ? 1 : 0.8, textDecoration: isActive ? 'underline' : 'none' })}>
                  {l.label}
                </NavLink>
              ))}
            </Flex>
          </nav>
        </Flex>
      </header>
      <main style={{ flex: 1, padding: '16px 12px' }}>
        <div style={{ maxWidth: 1100, margin: '0 auto' }}>{children}</div>
      </main>
      <footer style={{ padding: 16, textAlign: 'center' }}>
        <Typography.Text type="secondary">
          Thông tin công khai về thi đua, khen thưởng (Luật Thi đua, khen thưởng 2022, Điều 5: khen thưởng bảo đảm công khai, minh bạch). <Link to="/dang-nhap">Cán bộ đăng nhập</Link>
        </Typography.Text>
      </footer>
    </div>
  )
}
