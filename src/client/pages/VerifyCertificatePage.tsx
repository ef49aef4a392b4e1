// /xac-minh and /xac-minh/:code — public, without signing in, for phones scanning the QR code on a
// certificate: the code (pre-filled from the address) is checked here first (the same check characters as
// the server, so a mistyped code is caught at once), then looked up; the answer says whether it is valid.
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Form, Input, Spin, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { checkCertificateCode } from '../../shared/certificate-code.ts'
import { api, ApiError } from '../api.ts'
import { VerifyResultCard } from '../components/certificates/VerifyResultCard.tsx'
import type { PublicCertificate } from '../components/certificates/certificate-types.ts'

export function VerifyCertificatePage() {
  const { code = '' } = useParams()
  const navigate = useNavigate()
  const [typed, setTyped] = useState(code)
  const [problem, setProblem] = useState<string | null>(null)
  const checked = code ? checkCertificateCode(code) : null
  const wellFormed = checked?.ok ? checked.code : null
  const lookup = useQuery({
    queryKey: ['public-certificate', wellFormed],
    queryFn: () => api.get<PublicCertificate>(`/api/public/certificates/${encodeURIComponent(wellFormed ?? '')}`),
    enabled: wellFormed !== null,
    retry: false,
  })

  const submit = () => {
    const result = checkCertificateCode(typed)
    if (!result.ok) {
      setProblem(result.problem)
      return
    }
    setProblem(null)
    setTyped(result.code)
    navigate(`/xac-minh/${result.code}`)
  }

  const shownProblem = problem ?? (checked && !checked.ok ? checked.problem : null)
  const notFound = lookup.error instanceof ApiError && lookup.error.status === 404
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: '24px 12px', background: '#f5f5f5' }}>
      <Flex vertical gap={16} style={{ width: '100%', maxWidth: 560 }}>
        <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>
          <SafetyCertificateOutlined /> Xác minh giấy khen
        </Typography.Title>
        <Card>
          <Typography.Paragraph type="secondary">Nhập mã xác minh in dưới mã QR của giấy khen (18 ký tự, có thể gõ chữ thường, không cần dấu gạch).</Typography.Paragraph>
          <Form layout="vertical" onFinish={submit}>
            <Form.Item label="Mã xác minh" validateStatus={shownProblem ? 'error' : undefined} help={shownProblem ?? undefined} style={{ marginBottom: 12 }}>
              <Input
                size="large"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                placeholder="XXXX-XXXX-XXXX-XXXX-XX"
                autoCapitalize="characters"
                autoComplete="off"
                spellCheck={false}
                data-testid="verify-code"
              />
            </Form.Item>
            <Button type="primary" size="large" htmlType="submit" block data-testid="verify-submit">
              Kiểm tra
            </Button>
          </Form>
        </Card>
        {lookup.isFetching && <Spin />}
        {lookup.data && !lookup.isFetching && <VerifyResultCard result={lookup.data} />}
        {lookup.error && (
          <Alert type={notFound ? 'warning' : 'error'} showIcon title={lookup.error.message} description={notFound ? 'Hãy kiểm tra lại mã in trên giấy khen; nếu mã đúng mà vẫn không tìm thấy, giấy khen có thể không do hệ thống này cấp.' : undefined} data-testid="verify-problem" />
        )}
      </Flex>
    </Flex>
  )
}
