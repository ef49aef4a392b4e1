// "Nội dung văn bản": the body as written, section by section (I, II, III… when printed).
import { Button, Card, Flex, Form, Input } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { BodyBlocksEditor } from './BodyBlocksEditor.tsx'
import { ListRowActions } from './ListRowActions.tsx'
import { newSection } from './plan-form.ts'

export function PlanBodyTab() {
  return (
    <Form.List name={['content', 'sections']}>
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card key={field.key} size="small" title={`Phần ${index + 1}`} extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun="phần" />}>
              <Form.Item label="Tên phần" name={[field.name, 'title']} required>
                <Input placeholder="MỤC ĐÍCH, YÊU CẦU" />
              </Form.Item>
              <BodyBlocksEditor path={['content', 'sections', field.name, 'blocks']} name={[field.name, 'blocks']} />
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newSection())} style={{ alignSelf: 'flex-start' }}>
            Thêm phần
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}
