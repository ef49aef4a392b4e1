// "Phân công": each unit's tasks, and how the plan prints them; the unit may be linked to an organization in tdkt.
import { Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { ASSIGNMENT_LAYOUTS } from '../../../shared/campaign-plan.ts'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { useOrganizationTree } from '../organization-tree.ts'
import { MARKER_OPTIONS } from './campaign-labels.ts'
import { ListRowActions } from './ListRowActions.tsx'
import { newAssignment } from './plan-form.ts'
import { TextListField } from './TextListField.tsx'

const LAYOUT_OPTIONS = Object.entries(ASSIGNMENT_LAYOUTS).map(([value, label]) => ({ value, label }))

export function PlanAssignmentsTab() {
  const form = Form.useFormInstance()
  const { data: tree } = useOrganizationTree()

  /** Linking a unit fills in its name when none is written yet. */
  const link = (index: number, organizationId: string | undefined) => {
    const namePath = ['content', 'assignments', index, 'organizationName']
    const organization = tree?.items.find((item) => item.id === organizationId)
    if (organization && !String(form.getFieldValue(namePath) ?? '').trim()) form.setFieldValue(namePath, organization.name)
  }

  return (
    <Form.List name={['content', 'assignments']}>
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={8}>
          {fields.map((field, index) => (
            <Card key={field.key} size="small" title={`Đơn vị ${index + 1}`} extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="đơn vị được giao" />}>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item label="Đơn vị được giao (như ghi trong văn bản)" name={[field.name, 'organizationName']} required>
                    <Input placeholder="Văn phòng HĐND và UBND xã" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label="Đơn vị trong hệ thống" name={[field.name, 'organizationId']} getValueProps={(value: string | null) => ({ value: value ?? undefined })}>
                    <OrganizationSelect<string | undefined> allowClear placeholder="Không bắt buộc" onChange={(organizationId) => link(field.name, organizationId)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label="Tiêu đề (như ghi trong văn bản)" name={[field.name, 'heading']}>
                    <Input placeholder="Đề nghị Ban Xây dựng Đảng" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item label="Cách trình bày" name={[field.name, 'layout']}>
                    <Select options={LAYOUT_OPTIONS} placeholder={ASSIGNMENT_LAYOUTS.heading} popupMatchSelectWidth={false} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item label="Đầu dòng nhiệm vụ" name={[field.name, 'taskMarker']}>
                    <Select options={MARKER_OPTIONS} placeholder="-" />
                  </Form.Item>
                </Col>
              </Row>
              <TextListField name={[field.name, 'tasks']} label="Nhiệm vụ" addLabel="Thêm nhiệm vụ" noun="nhiệm vụ" multiline />
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newAssignment())} style={{ alignSelf: 'flex-start' }}>
            Thêm đơn vị
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}
