// "Đối tượng & tiêu chí": target groups (collectives, individuals, households) and the
// emulation criteria of each, one per line.
import { Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { TARGET_KINDS } from '../../../shared/campaign-plan.ts'
import { ListRowActions } from './ListRowActions.tsx'
import { newTargetGroup } from './plan-form.ts'
import { TextListField } from './TextListField.tsx'

const TARGET_OPTIONS = Object.entries(TARGET_KINDS).map(([value, label]) => ({ value, label }))

export function PlanTargetsTab() {
  return (
    <Form.List name={['content', 'targetGroups']}>
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={8}>
          {fields.map((field, index) => (
            <Card key={field.key} size="small" title={`Nhóm đối tượng ${index + 1}`} extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="nhóm đối tượng" />}>
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item label="Loại" name={[field.name, 'kind']}>
                    <Select options={TARGET_OPTIONS} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item label="Tên nhóm" name={[field.name, 'name']} required>
                    <Input placeholder="Các cơ quan, đơn vị, các xóm trên địa bàn" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label="Tiêu đề nhóm (như ghi trong văn bản)" name={[field.name, 'heading']} extra="Để trống nếu văn bản ghi “Đối với …” theo tên nhóm.">
                <Input placeholder="Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh" />
              </Form.Item>
              <TextListField name={[field.name, 'criteria']} label="Tiêu chí thi đua" addLabel="Thêm tiêu chí" noun="tiêu chí" multiline />
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newTargetGroup())} style={{ alignSelf: 'flex-start' }}>
            Thêm nhóm đối tượng
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}
