// The head of a subject page: who or what the subject is — a person's birth date, CCCD, unit, category
// and recruitment date; a collective's kind; a household's village.
import { useState } from 'react'
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd'
import { EditOutlined } from '@ant-design/icons'
import { ORGANIZATION_KINDS } from '../../../shared/organizations.ts'
import { PERSON_CATEGORIES } from '../../../shared/people.ts'
import { SUBJECT_KINDS } from '../../../rules/types.ts'
import { formatDate } from '../../format.ts'
import type { SubjectHistoryPage } from '../../types.ts'
import { EMPLOYMENT_LABELS } from './history-labels.ts'
import { RecruitmentForm } from './RecruitmentForm.tsx'

const none = <Typography.Text type="secondary">Chưa có</Typography.Text>

export function SubjectFacts({ subject, canWrite }: { subject: SubjectHistoryPage['subject']; canWrite: boolean }) {
  const [editing, setEditing] = useState(false)
  const items =
    subject.kind === 'individual'
      ? [
          { key: 'birthDate', label: 'Ngày sinh', children: subject.birthDate ? formatDate(subject.birthDate) : none },
          { key: 'cccd', label: 'Số CCCD', children: subject.cccd ?? none },
          { key: 'unit', label: 'Đơn vị', children: subject.organizationName },
          { key: 'category', label: 'Đối tượng', children: subject.category ? PERSON_CATEGORIES[subject.category] : none },
          { key: 'employment', label: 'Khu vực', children: subject.employment ? EMPLOYMENT_LABELS[subject.employment] : none },
          {
            key: 'recruitedOn',
            label: 'Ngày tuyển dụng',
            children: (
              <Flex align="center" gap={8} wrap>
                <span data-testid="recruited-on">{subject.recruitedOn ? formatDate(subject.recruitedOn) : none}</span>
                {canWrite && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="recruitment-edit">
                    Sửa
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : subject.kind === 'collective'
        ? [{ key: 'kind', label: 'Loại tổ chức', children: ORGANIZATION_KINDS[subject.organizationKind]?.label ?? subject.organizationKind }]
        : [{ key: 'village', label: 'Thôn, xóm, tổ dân phố', children: subject.organizationName }]

  return (
    <Card style={{ marginBottom: 16 }} data-testid="subject-facts">
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {subject.name}
        </Typography.Title>
        <Tag>{SUBJECT_KINDS[subject.kind]}</Tag>
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />
      {editing && <RecruitmentForm person={subject} onClose={() => setEditing(false)} />}
    </Card>
  )
}
