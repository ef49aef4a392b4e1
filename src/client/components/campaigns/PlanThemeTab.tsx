// "Chủ đề & khẩu hiệu": the campaign's theme and its slogans.
import { Form, Input } from 'antd'
import { TextListField } from './TextListField.tsx'

export function PlanThemeTab() {
  return (
    <>
      <Form.Item label="Chủ đề thi đua" name={['content', 'theme']}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder="“Đảng bộ, chính quyền và Nhân dân … ra sức thi đua …”" />
      </Form.Item>
      <TextListField name={['content', 'slogans']} label="Khẩu hiệu" addLabel="Thêm khẩu hiệu" noun="khẩu hiệu" multiline />
    </>
  )
}
