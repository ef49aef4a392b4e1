// The import preview: one line per spreadsheet row, cells with errors in red with their reasons.
import { useState } from 'react'
import { Flex, Segmented, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PERSON_CATEGORIES, SEXES, type PersonCategory, type Sex } from '../../shared/people.ts'
import { foldAccents } from '../../shared/vietnamese.ts'
import { formatDate } from '../format.ts'
import type { ImportRow } from '../types.ts'

type ValueKey = Exclude<keyof ImportRow['values'], 'organizationId'>

// Titles are the template's column headers, which the server names in each error.
const COLUMNS: { key: ValueKey; title: string; width: number; show: (values: ImportRow['values']) => string }[] = [
  { key: 'fullName', title: 'Họ và tên', width: 190, show: (v) => v.fullName ?? '' },
  { key: 'birthDate', title: 'Ngày sinh', width: 120, show: (v) => formatDate(v.birthDate) },
  { key: 'sex', title: 'Giới tính', width: 100, show: (v) => (v.sex ? (SEXES[v.sex as Sex] ?? v.sex) : '') },
  { key: 'cccd', title: 'Số CCCD', width: 150, show: (v) => v.cccd ?? '' },
  { key: 'position', title: 'Chức vụ', width: 140, show: (v) => v.position ?? '' },
  { key: 'organizationName', title: 'Đơn vị', width: 200, show: (v) => v.organizationName ?? '' },
  { key: 'category', title: 'Đối tượng', width: 130, show: (v) => (v.category ? (PERSON_CATEGORIES[v.category as PersonCategory] ?? v.category) : '') },
  { key: 'directWorker', title: 'Lao động trực tiếp', width: 120, show: (v) => (v.directWorker ? 'Có' : '') },
]

const KNOWN_TITLES = new Set(COLUMNS.map((column) => foldAccents(column.title)))
const errorsIn = (row: ImportRow, title: string) => row.errors.filter((error) => foldAccents(error.column) === foldAccents(title))
const otherErrors = (row: ImportRow) => row.errors.filter((error) => !KNOWN_TITLES.has(foldAccents(error.column))).map((error) => `${error.column}: ${error.message}`)

export function ErrorTags({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null
  return (
    <Flex vertical gap={2} style={{ marginTop: 4 }}>
      {messages.map((text) => (
        <Tag key={text} color="red" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
          {text}
        </Tag>
      ))}
    </Flex>
  )
}

export function ImportPreviewTable({ rows }: { rows: ImportRow[] }) {
  const [onlyErrors, setOnlyErrors] = useState(false)
  const shown = onlyErrors ? rows.filter((row) => row.errors.length > 0) : rows

  const columns: ColumnsType<ImportRow> = [
    { title: 'Dòng', dataIndex: 'row', width: 70, fixed: 'start' },
    ...COLUMNS.map(
      (column): ColumnsType<ImportRow>[number] => ({
        title: column.title,
        key: column.key,
        width: column.width,
        onCell: (row) => ({ className: errorsIn(row, column.title).length > 0 ? 'cell-error' : undefined }),
        render: (_: unknown, row: ImportRow) => (
          <>
            {column.show(row.values)}
            <ErrorTags messages={errorsIn(row, column.title).map((error) => error.message)} />
          </>
        ),
      }),
    ),
  ]
  if (rows.some((row) => otherErrors(row).length > 0)) {
    // Errors the server reports against no template column.
    columns.push({ title: 'Lỗi khác', key: 'other', width: 200, render: (_: unknown, row: ImportRow) => <ErrorTags messages={otherErrors(row)} /> })
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Segmented
          value={onlyErrors ? 'errors' : 'all'}
          onChange={(value) => setOnlyErrors(value === 'errors')}
          options={[
            { value: 'all', label: `Tất cả (${rows.length})` },
            { value: 'errors', label: `Chỉ dòng lỗi (${rows.filter((row) => row.errors.length > 0).length})` },
          ]}
        />
        <Typography.Text type="secondary">Số dòng là số dòng trong tệp Excel.</Typography.Text>
      </Flex>
      <Table<ImportRow>
        rowKey="row"
        data-testid="import-preview"
        dataSource={shown}
        columns={columns}
        size="small"
        scroll={{ x: 1400 }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </>
  )
}
