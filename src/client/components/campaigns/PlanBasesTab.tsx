// "Căn cứ & mở đầu": the documents the plan rests on (an outside document by number, date,
// issuer and title, or a plan in tdkt) and the opening paragraphs.
import { Button, Card, Col, Flex, Form, Input, Row, Segmented } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { CampaignSelect } from './CampaignSelect.tsx'
import { IsoDatePicker } from './IsoDatePicker.tsx'
import { ListRowActions } from './ListRowActions.tsx'
import { newLegalBasis } from './plan-form.ts'
import { TextListField } from './TextListField.tsx'

const BASIS_KINDS = [
  { value: 'document', label: 'Văn bản' },
  { value: 'campaign', label: 'Kế hoạch trong hệ thống' },
]

export function PlanBasesTab({ planId }: { planId?: string }) {
  return (
    <>
      <Form.Item label="Căn cứ">
        <Form.List name={['content', 'legalBases']}>
          {(fields, { add, remove, move }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Card key={field.key} size="small" title={`Căn cứ ${index + 1}`} extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="căn cứ" />}>
                  <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 12 }}>
                    <Segmented options={BASIS_KINDS} />
                  </Form.Item>
                  <Form.Item noStyle dependencies={[['content', 'legalBases', field.name, 'kind']]}>
                    {({ getFieldValue }) =>
                      getFieldValue(['content', 'legalBases', field.name, 'kind']) === 'campaign' ? (
                        <Form.Item label="Kế hoạch" name={[field.name, 'campaignId']} required style={{ marginBottom: 0 }}>
                          <CampaignSelect<string | undefined> excludeId={planId} />
                        </Form.Item>
                      ) : (
                        <Row gutter={12}>
                          <Col xs={12} md={8}>
                            <Form.Item label="Số, ký hiệu" name={[field.name, 'number']} required>
                              <Input placeholder="35-CT/TW" />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={6}>
                            <Form.Item label="Ngày" name={[field.name, 'date']}>
                              <IsoDatePicker />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={10}>
                            <Form.Item label="Cơ quan ban hành" name={[field.name, 'issuer']}>
                              <Input placeholder="Bộ Chính trị" />
                            </Form.Item>
                          </Col>
                          <Col span={24}>
                            <Form.Item label="Trích yếu" name={[field.name, 'title']} style={{ marginBottom: 0 }}>
                              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                            </Form.Item>
                          </Col>
                        </Row>
                      )
                    }
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newLegalBasis())} style={{ alignSelf: 'flex-start' }}>
                Thêm căn cứ
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <TextListField name={['content', 'preamble']} label="Phần mở đầu" addLabel="Thêm đoạn" noun="đoạn mở đầu" multiline placeholder="Thực hiện …, UBND xã ban hành Kế hoạch … như sau:" />
    </>
  )
}
