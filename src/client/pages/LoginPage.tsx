// /dang-nhap — sign-in with username and password; shows the server's Vietnamese message
// (wrong password, account locked, too many attempts…).
import { useState } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { api, setCsrfToken, toApiError } from '../api.ts'
import { fetchMe, FullPageSpin, ME_KEY, useMe } from '../auth.tsx'
import { PRIMARY_COLOR } from '../theme.ts'

interface Credentials {
  username: string
  password: string
}

export function LoginPage() {
  const navigate = useNavigate()
  const location = useLocation()
  const queryClient = useQueryClient()
  const me = useMe()
  const [error, setError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const from = (location.state as { from?: string } | null)?.from ?? '/'

  if (me.isPending) return <FullPageSpin />
  if (me.data) return <Navigate to={from} replace />

  const signIn = async (values: Credentials) => {
    setSubmitting(true)
    setError(null)
    try {
      const result = await api.post<{ csrfToken: string }>('/api/auth/login', { username: values.username.trim(), password: values.password })
      setCsrfToken(result.csrfToken)
      await queryClient.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe })
      navigate(from, { replace: true })
    } catch (caught) {
      setError(toApiError(caught).message)
      setSubmitting(false)
    }
  }

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: `linear-gradient(160deg, ${PRIMARY_COLOR} 0 38%, #f5f5f5 38%)` }}>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 28 } }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <img src="/favicon.svg" alt="" width={56} height={56} />
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            tdkt
          </Typography.Title>
          <Typography.Text type="secondary">Thi đua, khen thưởng</Typography.Text>
        </Flex>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={signIn} requiredMark={false} disabled={submitting}>
          <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên đăng nhập' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" size="large" data-testid="login-username" autoFocus />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Hãy nhập mật khẩu' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="login-submit">
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </Flex>
  )
}
