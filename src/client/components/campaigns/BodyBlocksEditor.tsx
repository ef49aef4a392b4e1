// The ordered blocks of a body section: headings, paragraphs, list items (with a marker and
// nested items) and field blocks that place a structured part of the plan (phases, criteria…).
import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { CEREMONY_PARTS, FIELD_BLOCKS, type BodyBlock } from '../../../shared/campaign-plan.ts'
import { CEREMONY_PART_LABELS, FIELD_BLOCK_LABELS, MARKER_OPTIONS } from './campaign-labels.ts'
import { ListRowActions } from './ListRowActions.tsx'

type BlockType = BodyBlock['type']

const FIELD_OPTIONS = FIELD_BLOCKS.map((value) => ({ value, label: FIELD_BLOCK_LABELS[value] }))
const PART_OPTIONS = CEREMONY_PARTS.map((value) => ({ value, label: CEREMONY_PART_LABELS[value] }))
const LEVEL_OPTIONS = [
  { value: 2, label: '1. Mục' },
  { value: 3, label: '1.1. Mục con' },
]

const BLOCK_TYPES: { type: BlockType; label: string; create: () => BodyBlock }[] = [
  { type: 'heading', label: 'Tiêu đề mục', create: () => ({ type: 'heading', text: '' }) },
  { type: 'paragraph', label: 'Đoạn văn', create: () => ({ type: 'paragraph', text: '' }) },
  { type: 'item', label: 'Ý', create: () => ({ type: 'item', marker: 'dash', text: '', children: [] }) },
  { type: 'field', label: 'Trường dữ liệu', create: () => ({ type: 'field', field: 'phases', lead: null }) },
]

/** Items may hold items down to this depth (a) → - → +), as the seed plans do. */
const MAX_DEPTH = 2

interface Props {
  /** The list's full name path in the form, e.g. ['content', 'sections', 0, 'blocks']. */
  path: (string | number)[]
  /** The same list relative to the enclosing Form.List (what Form.List's name takes). */
  name: (string | number)[]
  depth?: number
}

function BlockFields({ type, name, path, depth }: { type: BlockType; name: number; path: (string | number)[]; depth: number }) {
  switch (type) {
    case 'heading':
      return (
        <Flex gap={8} align="start">
          <Form.Item name={[name, 'level']} style={{ width: 130, marginBottom: 0 }} getValueProps={(level?: 2 | 3) => ({ value: level ?? 2 })}>
            <Select options={LEVEL_OPTIONS} aria-label="Cấp tiêu đề" />
          </Form.Item>
          <Form.Item name={[name, 'text']} style={{ flex: 1, marginBottom: 0, minWidth: 0 }}>
            <Input placeholder="Mục đích" aria-label="Tiêu đề mục" style={{ fontWeight: 600 }} />
          </Form.Item>
        </Flex>
      )
    case 'paragraph':
      return (
        <Form.Item name={[name, 'text']} style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 14 }} aria-label="Đoạn văn" />
        </Form.Item>
      )
    case 'item':
      return (
        <>
          <Flex gap={8} align="start">
            <Form.Item name={[name, 'marker']} style={{ width: 110, marginBottom: 0 }}>
              <Select options={MARKER_OPTIONS} aria-label="Ký hiệu đầu dòng" />
            </Form.Item>
            <Form.Item name={[name, 'text']} style={{ flex: 1, marginBottom: 0, minWidth: 0 }}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 12 }} aria-label="Nội dung ý" />
            </Form.Item>
          </Flex>
          {depth < MAX_DEPTH && (
            <div style={{ marginTop: 8, paddingInlineStart: 16, borderInlineStart: '2px solid #f0f0f0' }}>
              <BodyBlocksEditor path={[...path, name, 'children']} name={[name, 'children']} depth={depth + 1} />
            </div>
          )}
        </>
      )
    case 'field':
      return (
        <Flex gap={8} wrap>
          <Form.Item name={[name, 'field']} style={{ flex: '1 1 180px', marginBottom: 0 }}>
            <Select options={FIELD_OPTIONS} aria-label="Trường dữ liệu" />
          </Form.Item>
          <Form.Item noStyle dependencies={[[...path, name, 'field']]}>
            {({ getFieldValue }) =>
              getFieldValue([...path, name, 'field']) === 'ceremony' && (
                <Form.Item name={[name, 'part']} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                  <Select options={PART_OPTIONS} allowClear placeholder="Toàn bộ lễ phát động" aria-label="Phần của lễ phát động" />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name={[name, 'lead']} style={{ flex: '2 1 220px', marginBottom: 0 }}>
            <Input placeholder="Lời dẫn (không bắt buộc)" aria-label="Lời dẫn" />
          </Form.Item>
        </Flex>
      )
  }
}

export function BodyBlocksEditor({ path, name, depth = 0 }: Props) {
  const form = Form.useFormInstance()
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={8}>
          {fields.map((field, index) => {
            const type = form.getFieldValue([...path, field.name, 'type']) as BlockType
            const label = BLOCK_TYPES.find((block) => block.type === type)?.label ?? type
            return (
              <Card
                key={field.key}
                size="small"
                styles={{ header: { minHeight: 32 } }}
                title={<Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>{label}</Typography.Text>}
                extra={<ListRowActions index={index} count={fields.length} move={move} remove={remove} noun={label.toLowerCase()} />}
              >
                <BlockFields type={type} name={field.name} path={path} depth={depth} />
              </Card>
            )
          })}
          <Flex gap={4} wrap>
            {BLOCK_TYPES.filter((block) => depth === 0 || block.type === 'item' || block.type === 'paragraph').map((block) => (
              <Button key={block.type} size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add(block.create())}>
                {depth === 0 ? block.label : `${block.label} con`}
              </Button>
            ))}
          </Flex>
        </Flex>
      )}
    </Form.List>
  )
}
