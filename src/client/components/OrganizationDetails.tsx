// One unit's details (validity, merge successor…) with "Thêm đơn vị trực thuộc" and "Sửa".
import { useState } from 'react'
import { Link } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd'
import { EditOutlined, PlusOutlined, TrophyOutlined } from '@ant-design/icons'
import { activeOn, ORGANIZATION_KINDS, TRACK_LABELS } from '../../shared/organizations.ts'
import { api } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { can } from '../../shared/roles.ts'
import { formatDate, formatDateTime, todayIso } from '../format.ts'
import type { OrganizationDetail } from '../types.ts'
import { OrganizationForm, type OrganizationFormMode } from './OrganizationForm.tsx'
import { useOrganizationTree } from './organization-tree.ts'

const LEVEL_LABELS: Record<string, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  agency: 'Cơ quan',
  unit: 'Đơn vị cơ sở',
  village: 'Thôn, xóm, tổ dân phố',
}

function useOrganization(id: string) {
  return useQuery({ queryKey: ['organizations', 'detail', id], queryFn: () => api.get<OrganizationDetail>(`/api/organizations/${id}`) })
}

function validity(org: OrganizationDetail): string {
  if (!org.validFrom && !org.validTo) return 'Không giới hạn'
  return `${org.validFrom ? `Từ ${formatDate(org.validFrom)}` : 'Từ trước'} ${org.validTo ? `đến ${formatDate(org.validTo)}` : 'đến nay'}`
}

export function OrganizationDetails({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const me = useCurrentUser()
  const { data: org, isPending, error } = useOrganization(id)
  const { data: tree } = useOrganizationTree()
  const [form, setForm] = useState<OrganizationFormMode | null>(null)

  if (isPending) return <Skeleton active />
  if (error) return <Alert type="error" showIcon title={error.message} />

  const parent = tree?.items.find((item) => item.id === org.parentId)
  const inForce = activeOn(org, todayIso())
  return (
    <Card
      data-testid="org-details"
      title={
        <Flex align="center" gap={8} wrap>
          <span style={{ whiteSpace: 'normal' }}>{org.name}</span>
          {inForce ? <Tag color="green">Còn hiệu lực</Tag> : <Tag>Hết hiệu lực</Tag>}
        </Flex>
      }
    >
      {org.currentSuccessor && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <>
              Đã sáp nhập vào{' '}
              <Typography.Link onClick={() => onSelect(org.currentSuccessor!.id)}>{org.currentSuccessor.name}</Typography.Link>
            </>
          }
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'shortName', label: 'Tên viết tắt', children: org.shortName ?? '—' },
          { key: 'kind', label: 'Loại', children: ORGANIZATION_KINDS[org.kind]?.label ?? org.kind },
          { key: 'level', label: 'Cấp', children: LEVEL_LABELS[org.level] ?? org.level },
          { key: 'track', label: 'Khối', children: TRACK_LABELS[org.track as keyof typeof TRACK_LABELS] ?? org.track },
          { key: 'parent', label: 'Đơn vị cấp trên', children: parent ? <Typography.Link onClick={() => onSelect(parent.id)}>{parent.name}</Typography.Link> : '—' },
          { key: 'validity', label: 'Hiệu lực', children: validity(org) },
          { key: 'note', label: 'Ghi chú', children: org.note ? <span style={{ whiteSpace: 'pre-wrap' }}>{org.note}</span> : '—' },
          { key: 'updatedAt', label: 'Cập nhật', children: formatDateTime(org.updatedAt) },
        ]}
      />
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Link to={`/to-chuc/${org.id}/lich-su`}>
          <Button icon={<TrophyOutlined />} data-testid="org-history">
            Lịch sử thi đua, khen thưởng
          </Button>
        </Link>
      </Flex>
      {can(me, 'organization.write') && (
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ type: 'create', parent: org })} data-testid="org-add-child">
            Thêm đơn vị trực thuộc
          </Button>
          <Button icon={<EditOutlined />} onClick={() => setForm({ type: 'edit', organization: org })} data-testid="org-edit">
            Sửa
          </Button>
        </Flex>
      )}
      {form && (
        <OrganizationForm
          mode={form}
          onClose={() => setForm(null)}
          onSaved={(saved) => {
            setForm(null)
            onSelect(saved.id)
          }}
        />
      )}
    </Card>
  )
}
