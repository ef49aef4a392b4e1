// "Nơi nhận & ký": the closing paragraph, the recipients and who signs, in what capacity.
import { Col, Divider, Form, Input, Row, Select } from 'antd'
import { SIGNATURE_MODES } from '../../../shared/campaign-plan.ts'
import { TextListField } from './TextListField.tsx'

const MODE_MEANINGS: Record<keyof typeof SIGNATURE_MODES, string> = {
  TM: 'thay mặt tập thể',
  KT: 'ký thay người đứng đầu',
  Q: 'quyền',
  TL: 'thừa lệnh',
  TUQ: 'thừa ủy quyền',
  none: 'Người đứng đầu ký',
}
const MODE_OPTIONS = (Object.keys(SIGNATURE_MODES) as (keyof typeof SIGNATURE_MODES)[]).map((mode) => ({
  value: mode,
  label: SIGNATURE_MODES[mode] ? `${SIGNATURE_MODES[mode]} — ${MODE_MEANINGS[mode]}` : MODE_MEANINGS[mode],
}))

export function PlanSigningTab() {
  return (
    <>
      <Form.Item label="Đoạn kết" name={['content', 'closing']}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder="Trên đây là Kế hoạch …" />
      </Form.Item>
      <TextListField name={['content', 'recipients']} label="Nơi nhận" addLabel="Thêm nơi nhận" noun="nơi nhận" placeholder="Thường trực Đảng ủy" />
      <Divider titlePlacement="start">Người ký</Divider>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item label="Thẩm quyền ký" name={['content', 'signer', 'mode']}>
            <Select options={MODE_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item label="Thay mặt / ký thay" name={['content', 'signer', 'onBehalfOf']} extra="ỦY BAN NHÂN DÂN (TM.), CHỦ TỊCH (KT.)…">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label="Chức vụ người ký" name={['content', 'signer', 'title']} required>
            <Input placeholder="CHỦ TỊCH" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item label="Họ tên người ký" name={['content', 'signer', 'name']}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
