// "Lễ phát động" (optional): when and where, who attends by group, the programme with its
// speakers, and who signs the pledges.
import { Button, Col, Divider, Flex, Form, Input, InputNumber, Row, Switch } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import { IsoDatePicker } from './IsoDatePicker.tsx'
import { ListRowActions } from './ListRowActions.tsx'
import { emptyCeremony } from './plan-form.ts'
import { TextListField } from './TextListField.tsx'

type Ceremony = PlanContent['ceremony']

function CeremonyFields() {
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label="Ngày tổ chức" name={['content', 'ceremony', 'date']}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="Địa điểm" name={['content', 'ceremony', 'place']}>
            <Input placeholder="Hội trường UBND xã" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">Thành phần tham dự</Divider>
      <Form.List name={['content', 'ceremony', 'attendees']}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item name={[field.name, 'group']} style={{ flex: 1, marginBottom: 0, minWidth: 0 }}>
                  <Input placeholder="Đại diện Thường trực Đảng ủy" aria-label={`Thành phần ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'count']} style={{ width: 110, marginBottom: 0 }}>
                  <InputNumber min={0} placeholder="Số người" style={{ width: '100%' }} aria-label={`Số người của thành phần ${index + 1}`} />
                </Form.Item>
                <ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="thành phần" />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ group: '', count: null })} style={{ alignSelf: 'flex-start' }}>
              Thêm thành phần
            </Button>
          </Flex>
        )}
      </Form.List>
      <Divider titlePlacement="start">Chương trình</Divider>
      <Form.List name={['content', 'ceremony', 'programme']}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item name={[field.name, 'title']} style={{ flex: '2 1 240px', marginBottom: 0 }}>
                  <Input placeholder="Phát biểu phát động thi đua" aria-label={`Nội dung chương trình ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'speaker']} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                  <Input placeholder="Người thực hiện" aria-label={`Người thực hiện nội dung ${index + 1}`} />
                </Form.Item>
                <ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="nội dung chương trình" />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', speaker: null })} style={{ alignSelf: 'flex-start' }}>
              Thêm nội dung
            </Button>
          </Flex>
        )}
      </Form.List>
      <Divider titlePlacement="start">Ký cam kết thi đua</Divider>
      <TextListField name={['content', 'ceremony', 'pledgeSigners']} addLabel="Thêm người ký" noun="đại diện ký cam kết" placeholder="Bí thư Chi bộ thôn An Điền 2" />
    </>
  )
}

export function PlanCeremonyTab() {
  return (
    <>
      <Form.Item
        label="Tổ chức lễ phát động"
        name={['content', 'ceremony']}
        valuePropName="checked"
        getValueProps={(ceremony: Ceremony) => ({ checked: ceremony != null })}
        normalize={(checked: boolean, previous: Ceremony): Ceremony => (checked ? (previous ?? emptyCeremony()) : null)}
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      <Form.Item noStyle dependencies={[['content', 'ceremony']]}>{({ getFieldValue }) => (getFieldValue(['content', 'ceremony']) ? <CeremonyFields /> : null)}</Form.Item>
    </>
  )
}
