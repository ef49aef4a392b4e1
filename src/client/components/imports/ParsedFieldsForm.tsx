// The fields read from a document as an editable form: a badge per field says whether the parser
// found it; focusing or pointing at a field (or one entry of a list) tells the page which source
// span to mark in the text.
import type { ReactNode } from 'react'
import { Button, Flex, Form, Input, Select, Tag, type FormInstance } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { ParsedDocument } from '../../../documents/parse/index.ts'
import { DOC_TYPE_LABELS } from '../../../documents/parse/doc-type-labels.ts'
import { ListRowActions } from '../campaigns/ListRowActions.tsx'
import { isFound, REVIEW_FIELDS, type ActiveField, type ReviewField, type ReviewValues } from './parsed-form.ts'

interface Props {
  form: FormInstance<ReviewValues>
  document: ParsedDocument
  initialValues: ReviewValues
  onActivate: (active: ActiveField) => void
}

const DOC_TYPE_OPTIONS = Object.entries(DOC_TYPE_LABELS).map(([value, label]) => ({ value, label }))

function FoundTag({ found, field }: { found: boolean; field: string }) {
  return (
    <Tag color={found ? 'success' : 'default'} data-testid={`found-${field}`} style={{ marginInlineStart: 8 }}>
      {found ? 'Tìm thấy' : 'Không tìm thấy'}
    </Tag>
  )
}

/** One entry of a list; focusing or pointing at it marks its own span. */
function Entry({ onActivate, children }: { onActivate: () => void; children: ReactNode }) {
  return (
    <Flex
      gap={4}
      align="start"
      onMouseEnter={onActivate}
      onFocus={(event) => {
        event.stopPropagation()
        onActivate()
      }}
    >
      {children}
    </Flex>
  )
}

function ListInput({ field, noun, onActivate }: { field: ReviewField; noun: string; onActivate: (active: ActiveField) => void }) {
  return (
    <Form.List name={field.key}>
      {(rows, { add, remove, move }) => (
        <Flex vertical gap={8}>
          {rows.map((row, index) => (
            <Entry key={row.key} onActivate={() => onActivate({ field: field.key, item: row.key })}>
              <Form.Item name={row.name} style={{ flex: 1, marginBottom: 0, minWidth: 0 }}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} aria-label={`${noun} ${index + 1}`} />
              </Form.Item>
              <ListRowActions index={index} count={rows.length} move={move} remove={remove} noun={noun} />
            </Entry>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
            Thêm
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}

function PhasesInput({ onActivate }: { onActivate: (active: ActiveField) => void }) {
  return (
    <Form.List name="phases">
      {(rows, { add, remove, move }) => (
        <Flex vertical gap={8}>
          {rows.map((row, index) => (
            <Entry key={row.key} onActivate={() => onActivate({ field: 'phases', item: row.key })}>
              <Flex wrap gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Form.Item name={[row.name, 'name']} style={{ marginBottom: 0, flex: '1 1 100%' }}>
                  <Input placeholder="Tên giai đoạn" aria-label={`Tên giai đoạn ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[row.name, 'from']} style={{ marginBottom: 0, flex: 1 }}>
                  <Input placeholder="Từ (YYYY-MM-DD)" aria-label={`Giai đoạn ${index + 1} từ ngày`} />
                </Form.Item>
                <Form.Item name={[row.name, 'to']} style={{ marginBottom: 0, flex: 1 }}>
                  <Input placeholder="Đến (YYYY-MM-DD)" aria-label={`Giai đoạn ${index + 1} đến ngày`} />
                </Form.Item>
                <Form.Item name={[row.name, 'review']} style={{ marginBottom: 0, flex: 1 }}>
                  <Input placeholder="Sơ kết / tổng kết" aria-label={`Giai đoạn ${index + 1} sơ kết, tổng kết`} />
                </Form.Item>
                <Form.Item name={[row.name, 'review_date']} style={{ marginBottom: 0, flex: 1 }}>
                  <Input placeholder="Thời hạn (YYYY-MM)" aria-label={`Giai đoạn ${index + 1} thời hạn sơ kết, tổng kết`} />
                </Form.Item>
              </Flex>
              <ListRowActions index={index} count={rows.length} move={move} remove={remove} noun="giai đoạn" />
            </Entry>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', from: '', to: '', review: '', review_date: '' })} style={{ alignSelf: 'flex-start' }}>
            Thêm giai đoạn
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}

function FieldInput({ field, onActivate }: { field: ReviewField; onActivate: (active: ActiveField) => void }) {
  switch (field.kind) {
    case 'docType':
      return (
        <Form.Item name={field.key} noStyle>
          <Select options={DOC_TYPE_OPTIONS} aria-label={field.label} style={{ width: '100%' }} />
        </Form.Item>
      )
    case 'text':
      return (
        <Form.Item name={field.key} noStyle>
          <Input aria-label={field.label} />
        </Form.Item>
      )
    case 'longText':
      return (
        <Form.Item name={field.key} noStyle>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 10 }} aria-label={field.label} />
        </Form.Item>
      )
    case 'list':
      return <ListInput field={field} noun={field.label.toLocaleLowerCase('vi')} onActivate={onActivate} />
    case 'period':
      return (
        <Flex wrap gap={4}>
          <Form.Item name={['period', 'as_written']} style={{ marginBottom: 0, flex: '1 1 100%' }}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="Như văn bản ghi" aria-label="Thời gian thi đua (như văn bản)" />
          </Form.Item>
          <Form.Item name={['period', 'from']} style={{ marginBottom: 0, flex: 1 }}>
            <Input placeholder="Từ (YYYY-MM-DD)" aria-label="Thời gian thi đua từ ngày" />
          </Form.Item>
          <Form.Item name={['period', 'to']} style={{ marginBottom: 0, flex: 1 }}>
            <Input placeholder="Đến (YYYY-MM-DD)" aria-label="Thời gian thi đua đến ngày" />
          </Form.Item>
        </Flex>
      )
    case 'phases':
      return <PhasesInput onActivate={onActivate} />
  }
}

export function ParsedFieldsForm({ form, document, initialValues, onActivate }: Props) {
  return (
    <Form form={form} name="review" layout="vertical" initialValues={initialValues} data-testid="review-form">
      {REVIEW_FIELDS.map((field) => {
        const activate = () => onActivate({ field: field.key })
        return (
          <div key={field.key} onMouseEnter={activate} onFocus={activate} data-testid={`field-${field.key}`}>
            <Form.Item
              label={
                <span>
                  {field.label}
                  <FoundTag found={isFound(document._meta.sources, field.key)} field={field.key} />
                </span>
              }
              style={{ marginBottom: 16 }}
            >
              <FieldInput field={field} onActivate={onActivate} />
            </Form.Item>
          </div>
        )
      })}
    </Form>
  )
}
