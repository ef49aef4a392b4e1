// The signed-in user: loaded once from /api/auth/me (which also restores the CSRF token
// after a page reload), guarded routes, and the role checks the UI uses to hide what
// the server would refuse anyway.
import { createContext, use, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Navigate, useLocation } from 'react-router'
import { Button, Flex, Result, Spin } from 'antd'
import { can, type Permission } from '../shared/roles.ts'
import { api, ApiError, setCsrfToken } from './api.ts'
import type { Me } from './types.ts'

export const ME_KEY = ['me'] as const

/** The current user, or null when not signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/auth/me')
    setCsrfToken(me.csrfToken)
    return me
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null)
      return null
    }
    throw error
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 })
}

const MeContext = createContext<Me | null>(null)

/** The signed-in user inside <RequireAuth>. */
export function useCurrentUser(): Me {
  const me = use(MeContext)
  if (!me) throw new Error('useCurrentUser must be used inside <RequireAuth>')
  return me
}

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
    </Flex>
  )
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation()
  const { data: me, isPending, error, refetch } = useMe()
  if (isPending) return <FullPageSpin />
  if (error) {
    return (
      <Result
        status="warning"
        title="Không tải được thông tin đăng nhập"
        subTitle={error.message}
        extra={<Button type="primary" onClick={() => refetch()}>Thử lại</Button>}
      />
    )
  }
  if (!me) return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />
  return <MeContext value={me}>{children}</MeContext>
}

/** Shows the page only to roles holding the permission (the server enforces it anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useCurrentUser()
  if (!can(me, permission)) return <Result status="403" title="Không có quyền truy cập" subTitle="Trang này chỉ dành cho quản trị và thường trực Hội đồng TĐKT." />
  return children
}
