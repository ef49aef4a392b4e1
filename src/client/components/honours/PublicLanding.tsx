// The public landing section: what anyone may look at without an account — the honour board, the lists posted
// for comment before a decision, and the check of a certificate by its code.
import { Link } from 'react-router'
import { Card, Col, Row, Typography } from 'antd'
import { FileSearchOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons'

const ENTRIES = [
  { to: '/vinh-danh', icon: <TrophyOutlined />, title: 'Bảng vinh danh', text: 'Gương người tốt việc tốt, điển hình tiên tiến, mô hình hay và sáng kiến.', testId: 'landing-honours' },
  { to: '/cong-khai', icon: <FileSearchOutlined />, title: 'Danh sách công khai', text: 'Danh sách đề nghị khen thưởng đang lấy ý kiến nhân dân và vừa kết thúc.', testId: 'landing-postings' },
  { to: '/xac-minh', icon: <SafetyCertificateOutlined />, title: 'Xác minh giấy khen', text: 'Kiểm tra giấy khen bằng mã xác minh in dưới mã QR.', testId: 'landing-verify' },
]

export function PublicLanding() {
  return (
    <Row gutter={[12, 12]} data-testid="public-landing">
      {ENTRIES.map((e) => (
        <Col key={e.to} xs={24} md={8}>
          <Link to={e.to} data-testid={e.testId}>
            <Card hoverable size="small" style={{ height: '100%' }}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {e.icon} {e.title}
              </Typography.Title>
              <Typography.Text type="secondary">{e.text}</Typography.Text>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  )
}
