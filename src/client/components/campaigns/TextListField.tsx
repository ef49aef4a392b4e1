// A list of texts (preamble paragraphs, slogans, criteria, recipients…) edited with Form.List:
// one input per line, with move and delete, and an add button underneath.
import { Button, Flex, Form, Input } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { ListRowActions } from './ListRowActions.tsx'

interface Props {
  name: (string | number)[]
  label?: string
  addLabel: string
  /** What one line is, for accessible names ("khẩu hiệu"). */
  noun: string
  multiline?: boolean
  placeholder?: string
}

export function TextListField({ name, label, addLabel, noun, multiline = false, placeholder }: Props) {
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={4} align="start">
                <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0, minWidth: 0 }}>
                  {multiline ? (
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} placeholder={placeholder} aria-label={`${noun} ${index + 1}`} />
                  ) : (
                    <Input placeholder={placeholder} aria-label={`${noun} ${index + 1}`} />
                  )}
                </Form.Item>
                <ListRowActions index={index} count={fields.length} move={move} remove={remove} noun={noun} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
              {addLabel}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  )
}
