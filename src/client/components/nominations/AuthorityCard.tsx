// Who decides the nomination and whether that level may confer the title or form on the decision date;
// when it may not, the level the proposal must go up to.
import { Alert, Card, Descriptions, Tag, Typography } from 'antd'
import { formatDate } from '../../format.ts'
import type { NominationDetail } from './nomination-queries.ts'

export function AuthorityCard({ authority }: { authority: NominationDetail['authority'] }) {
  return (
    <Card title="Thẩm quyền quyết định" style={{ marginBottom: 16 }} data-testid="nomination-authority">
      <Alert
        type={authority.competent ? 'success' : 'warning'}
        showIcon
        title={authority.summary}
        style={{ marginBottom: 12 }}
        data-testid="authority-summary"
        data-competent={authority.competent}
      />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="Cấp quyết định">
          {authority.organizationName}
          {authority.authority ? ` — ${authority.authority.name}` : ''}{' '}
          {authority.competent ? <Tag color="green">Có thẩm quyền</Tag> : <Tag color="orange">Không có thẩm quyền</Tag>}
        </Descriptions.Item>
        {authority.citation && <Descriptions.Item label="Căn cứ">{authority.citation}</Descriptions.Item>}
        {authority.escalateTo && (
          <Descriptions.Item label="Phải trình lên">
            {authority.escalateTo.organizationName ?? 'Ngoài hệ thống đơn vị'}
            {authority.escalateTo.authorities.length > 0 ? ` — ${authority.escalateTo.authorities.map((a) => a.name).join('; ')}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="Người có thẩm quyền">
          {authority.competentAuthorities.length > 0 ? authority.competentAuthorities.map((a) => a.name).join('; ') : <Typography.Text type="secondary">Không có vào ngày xét</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="Ngày xét">{formatDate(authority.date)}</Descriptions.Item>
      </Descriptions>
    </Card>
  )
}
