// "Khen thưởng": award forms offered (with who confers them, for which groups, how many),
// standards beyond the law, the dossier and the deadlines.
import { Button, Card, Col, Divider, Flex, Form, Input, InputNumber, Row, Select } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { DEADLINE_KINDS, type PlanContent } from '../../../shared/campaign-plan.ts'
import { DateRefInput } from './DateRefInput.tsx'
import { ListRowActions } from './ListRowActions.tsx'
import { newAwardForm, newDeadline } from './plan-form.ts'
import { TextListField } from './TextListField.tsx'

const DEADLINE_OPTIONS = Object.entries(DEADLINE_KINDS).map(([value, label]) => ({ value, label }))

function TargetGroupSelect(props: { id?: string; value?: string[]; onChange?: (value: string[]) => void }) {
  const form = Form.useFormInstance()
  const groups = (Form.useWatch(['content', 'targetGroups'], { form, preserve: true }) as PlanContent['targetGroups'] | undefined) ?? []
  return (
    <Select
      {...props}
      mode="multiple"
      options={groups.map((group, index) => ({ value: group.id, label: group.name || `Nhóm ${index + 1}` }))}
      placeholder="Các nhóm ở mục Đối tượng & tiêu chí"
      notFoundContent="Chưa có nhóm đối tượng"
    />
  )
}

export function PlanAwardsTab() {
  return (
    <>
      <Divider titlePlacement="start">Hình thức khen thưởng</Divider>
      <Form.List name={['content', 'awardForms']}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Card key={field.key} size="small" title={`Hình thức ${index + 1}`} extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="hình thức khen thưởng" />}>
                <Row gutter={12}>
                  <Col xs={24} md={14}>
                    <Form.Item label="Hình thức" name={[field.name, 'name']} required>
                      <Input placeholder="Giấy khen của Chủ tịch UBND xã" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item label="Cấp khen" name={[field.name, 'authority']}>
                      <Input placeholder="Chủ tịch UBND xã" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={14}>
                    <Form.Item label="Đối tượng" name={[field.name, 'targetGroupIds']}>
                      <TargetGroupSelect />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item label="Số lượng" name={[field.name, 'quota']}>
                      <Input placeholder="Không quá 05 tập thể, 10 cá nhân" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newAwardForm())} style={{ alignSelf: 'flex-start' }}>
              Thêm hình thức
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start">Tiêu chuẩn khen thưởng</Divider>
      <TextListField name={['content', 'standards']} addLabel="Thêm tiêu chuẩn" noun="tiêu chuẩn" multiline placeholder="Không có cá nhân bị kỷ luật từ hình thức khiển trách trở lên" />

      <Divider titlePlacement="start">Hồ sơ đề nghị khen thưởng</Divider>
      <TextListField name={['content', 'dossier', 'items']} label="Thành phần hồ sơ" addLabel="Thêm thành phần" noun="thành phần hồ sơ" />
      <Row gutter={12}>
        <Col xs={8} md={6}>
          <Form.Item label="Số bộ" name={['content', 'dossier', 'copies']}>
            <InputNumber min={1} max={20} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={16} md={18}>
          <Form.Item label="Nơi nhận hồ sơ" name={['content', 'dossier', 'submitTo']}>
            <Input placeholder="Phòng Văn hóa – Xã hội xã" />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">Thời hạn</Divider>
      <Form.List name={['content', 'deadlines']}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Card key={field.key} size="small" title={`Thời hạn ${index + 1}`} extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="thời hạn" />}>
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item label="Loại" name={[field.name, 'kind']}>
                      <Select options={DEADLINE_OPTIONS} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <Form.Item label="Nội dung" name={[field.name, 'name']} required>
                      <Input placeholder="Gửi hồ sơ đề nghị khen thưởng" />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label="Hạn" name={[field.name, 'due']} required>
                  <DateRefInput />
                </Form.Item>
                <Form.Item label="Ghi chú" name={[field.name, 'note']} style={{ marginBottom: 0 }}>
                  <Input placeholder="Các đơn vị gửi về Hội đồng Thi đua - Khen thưởng xã" />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newDeadline())} style={{ alignSelf: 'flex-start' }}>
              Thêm thời hạn
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  )
}
