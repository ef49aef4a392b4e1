// "Thời gian": the events the plan counts from (dates may come later), the period, and the
// phases, each with its review milestone (sơ kết / tổng kết).
import { Button, Card, Col, Divider, Flex, Form, Input, Row, Select, Switch } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { REVIEW_KINDS, type PlanContent } from '../../../shared/campaign-plan.ts'
import { DateRefInput } from './DateRefInput.tsx'
import { IsoDatePicker } from './IsoDatePicker.tsx'
import { ListRowActions } from './ListRowActions.tsx'
import { newEvent, newPhase } from './plan-form.ts'

type Review = PlanContent['phases'][number]['review']

const REVIEW_OPTIONS = Object.entries(REVIEW_KINDS).map(([value, label]) => ({ value, label }))

function PhaseReview({ name }: { name: number }) {
  const path = ['content', 'phases', name, 'review']
  return (
    <>
      <Form.Item
        label="Mốc sơ kết, tổng kết"
        name={[name, 'review']}
        valuePropName="checked"
        getValueProps={(review: Review) => ({ checked: review != null })}
        normalize={(checked: boolean, previous: Review): Review => (checked ? (previous ?? { kind: 'interim', due: { kind: 'date', date: '' } }) : null)}
        style={{ marginBottom: 8 }}
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      <Form.Item noStyle dependencies={[path]}>
        {({ getFieldValue }) =>
          getFieldValue(path) ? (
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label="Loại" name={[name, 'review', 'kind']}>
                  <Select options={REVIEW_OPTIONS} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item label="Thời hạn" name={[name, 'review', 'due']}>
                  <DateRefInput />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item label="Sơ kết, tổng kết (như ghi trong văn bản)" name={[name, 'review', 'asWritten']}>
                  <Input placeholder="Tổ chức sơ kết phong trào thi đua trong tháng 8/2025" />
                </Form.Item>
              </Col>
            </Row>
          ) : null
        }
      </Form.Item>
    </>
  )
}

export function PlanTimeTab() {
  return (
    <>
      <Divider titlePlacement="start">Sự kiện</Divider>
      <Form.List name={['content', 'events']}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item name={[field.name, 'name']} style={{ flex: '2 1 220px', marginBottom: 0 }}>
                  <Input placeholder="Đại hội Đảng bộ xã lần thứ …" aria-label={`Tên sự kiện ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'date']} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                  <IsoDatePicker placeholder="Chưa có ngày" />
                </Form.Item>
                <ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="sự kiện" />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newEvent())} style={{ alignSelf: 'flex-start' }}>
              Thêm sự kiện
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start">Thời gian thực hiện</Divider>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label="Từ" name={['content', 'period', 'from']}>
            <DateRefInput nullable />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Đến" name={['content', 'period', 'to']}>
            <DateRefInput nullable />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Thời gian (như ghi trong văn bản)" name={['content', 'period', 'asWritten']}>
        <Input placeholder="Từ nay đến hết năm 2025" />
      </Form.Item>

      <Divider titlePlacement="start">Các giai đoạn</Divider>
      <Form.List name={['content', 'phases']}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Card key={field.key} size="small" title={`Giai đoạn ${index + 1}`} extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="giai đoạn" />}>
                <Form.Item label="Tên giai đoạn" name={[field.name, 'name']} required>
                  <Input placeholder="Giai đoạn 1" />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={12}>
                    <Form.Item label="Từ ngày" name={[field.name, 'from']} required>
                      <IsoDatePicker />
                    </Form.Item>
                  </Col>
                  <Col xs={12}>
                    <Form.Item label="Đến ngày" name={[field.name, 'to']} required>
                      <IsoDatePicker />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label="Giai đoạn (như ghi trong văn bản)" name={[field.name, 'asWritten']}>
                  <Input placeholder="Đợt 1: Từ khi phát động (tháng 8/2024) đến tháng 7/2025" />
                </Form.Item>
                <Form.Item label="Nội dung thi đua của giai đoạn" name={[field.name, 'goal']}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} />
                </Form.Item>
                <PhaseReview name={field.name} />
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newPhase())} style={{ alignSelf: 'flex-start' }}>
              Thêm giai đoạn
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  )
}
