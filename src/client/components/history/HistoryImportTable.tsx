// The preview of one sheet of a history workbook: one line per spreadsheet row, the person it was matched
// to, each cell as read, and cells with errors in red with their reasons (the server names the column
// header of each error); possible duplicate awards as warnings.
import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { Flex, Segmented, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { COMMENDATION_KINDS, DISCIPLINE_FORMS, LEVELS, RATINGS, TRACKS } from '../../../rules/types.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import { formatDate } from '../../format.ts'
import type { HistoryImportRow } from '../../types.ts'
import { ErrorTags } from '../ImportPreviewTable.tsx'
import { AWARD_LEVEL_LABELS, INITIATIVE_TYPE_LABELS } from './history-labels.ts'

type Sheet = HistoryImportRow['sheet']

interface Column {
  /** The template's column header, as the server names it in errors. */
  title: string
  width: number
  show: (row: HistoryImportRow) => ReactNode
}

const value = (row: HistoryImportRow, key: string) => row.values[key]
const label = (labels: Record<string, string>, key: unknown) => (typeof key === 'string' ? (labels[key] ?? key) : '')
const plain = (key: string) => (row: HistoryImportRow) => {
  const v = value(row, key)
  return v === null || v === undefined ? '' : String(v)
}
const date = (key: string) => (row: HistoryImportRow) => formatDate(value(row, key) as string | null)
const usedFor = (row: HistoryImportRow) => value(row, 'usedFor') as { code: string; year: number } | null
const DISCIPLINE_LABELS = Object.fromEntries(Object.entries(DISCIPLINE_FORMS).map(([key, form]) => [key, form.label]))

const IDENTITY: Column[] = [
  {
    title: 'Họ và tên',
    width: 200,
    show: (row) => (
      <>
        {row.identity.fullName}
        {row.subject && (
          <Link to={`/ca-nhan/${row.subject.id}`} style={{ display: 'block', fontSize: 12 }}>
            Đã xác định: {row.subject.name}
          </Link>
        )}
      </>
    ),
  },
  { title: 'Ngày sinh', width: 110, show: (row) => formatDate(row.identity.birthDate) },
  { title: 'Số CCCD', width: 140, show: (row) => row.identity.cccd ?? '' },
]

const SHEET_COLUMNS: Record<Sheet, Column[]> = {
  ratings: [
    { title: 'Năm', width: 80, show: plain('year') },
    { title: 'Xếp loại', width: 220, show: (row) => label(RATINGS, value(row, 'rating')) },
    { title: 'Khối', width: 110, show: (row) => label(TRACKS, value(row, 'track')) },
    { title: 'Ngày tuyển dụng', width: 130, show: (row) => formatDate(row.recruitedOn) },
  ],
  awards: [
    { title: 'Mã danh hiệu', width: 150, show: plain('code') },
    { title: 'Danh hiệu, hình thức', width: 220, show: plain('name') },
    { title: 'Khối', width: 110, show: (row) => label(TRACKS, value(row, 'track')) },
    { title: 'Cấp quyết định', width: 120, show: (row) => label(AWARD_LEVEL_LABELS, value(row, 'level')) },
    { title: 'Năm thành tích', width: 100, show: plain('year') },
    { title: 'Số quyết định', width: 130, show: plain('decisionNumber') },
    { title: 'Ngày quyết định', width: 120, show: date('decisionDate') },
    { title: 'Cơ quan quyết định', width: 200, show: plain('decisionIssuer') },
    { title: 'Loại hình', width: 180, show: (row) => label(COMMENDATION_KINDS, value(row, 'kind')) },
    { title: 'Thành tích', width: 200, show: plain('achievement') },
  ],
  initiatives: [
    { title: 'Tên sáng kiến, đề tài', width: 240, show: plain('title') },
    { title: 'Loại', width: 130, show: (row) => label(INITIATIVE_TYPE_LABELS, value(row, 'type')) },
    { title: 'Cấp công nhận', width: 140, show: (row) => label(LEVELS, value(row, 'level')) },
    { title: 'Ngày công nhận', width: 120, show: date('recognisedDate') },
    { title: 'Áp dụng hiệu quả', width: 110, show: (row) => (value(row, 'appliedEffectively') ? 'Có' : '') },
    { title: 'Đã dùng để xét', width: 150, show: (row) => usedFor(row)?.code ?? '' },
    { title: 'Năm đã dùng', width: 100, show: (row) => usedFor(row)?.year ?? '' },
  ],
  discipline: [
    { title: 'Hình thức kỷ luật', width: 150, show: (row) => label(DISCIPLINE_LABELS, value(row, 'form')) },
    { title: 'Khối', width: 110, show: (row) => label(TRACKS, value(row, 'track')) },
    { title: 'Ngày bắt đầu', width: 120, show: date('startDate') },
    { title: 'Ngày kết thúc', width: 120, show: date('endDate') },
    { title: 'Số quyết định', width: 130, show: plain('decisionNumber') },
  ],
}

const errorsIn = (row: HistoryImportRow, title: string) => row.errors.filter((error) => foldAccents(error.column) === foldAccents(title)).map((error) => error.message)

export function HistoryImportTable({ sheet, rows }: { sheet: Sheet; rows: HistoryImportRow[] }) {
  const [onlyErrors, setOnlyErrors] = useState(false)
  const shown = onlyErrors ? rows.filter((row) => row.errors.length > 0) : rows
  const known = [...IDENTITY, ...SHEET_COLUMNS[sheet]]
  const knownTitles = new Set(known.map((column) => foldAccents(column.title)))
  const otherErrors = (row: HistoryImportRow) => row.errors.filter((error) => !knownTitles.has(foldAccents(error.column))).map((error) => `${error.column}: ${error.message}`)

  const columns: ColumnsType<HistoryImportRow> = [
    { title: 'Dòng', dataIndex: 'row', width: 70, fixed: 'start' },
    ...known.map(
      (column): ColumnsType<HistoryImportRow>[number] => ({
        title: column.title,
        key: column.title,
        width: column.width,
        onCell: (row) => ({ className: errorsIn(row, column.title).length > 0 ? 'cell-error' : undefined }),
        render: (_: unknown, row: HistoryImportRow) => (
          <>
            {column.show(row)}
            <ErrorTags messages={errorsIn(row, column.title)} />
          </>
        ),
      }),
    ),
  ]
  if (rows.some((row) => otherErrors(row).length > 0)) {
    columns.push({ title: 'Lỗi khác', key: 'other', width: 220, render: (_: unknown, row: HistoryImportRow) => <ErrorTags messages={otherErrors(row)} /> })
  }
  if (rows.some((row) => row.warnings.length > 0)) {
    columns.push({
      title: 'Cảnh báo',
      key: 'warnings',
      width: 320,
      render: (_: unknown, row: HistoryImportRow) => (
        <Flex vertical gap={2}>
          {row.warnings.map((warning) => (
            <Tag key={warning} color="orange" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
              {warning}
            </Tag>
          ))}
        </Flex>
      ),
    })
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Segmented
          value={onlyErrors ? 'errors' : 'all'}
          onChange={(next) => setOnlyErrors(next === 'errors')}
          options={[
            { value: 'all', label: `Tất cả (${rows.length})` },
            { value: 'errors', label: `Chỉ dòng lỗi (${rows.filter((row) => row.errors.length > 0).length})` },
          ]}
        />
        <Typography.Text type="secondary">Số dòng là số dòng trong tệp Excel.</Typography.Text>
      </Flex>
      <Table<HistoryImportRow>
        rowKey="row"
        data-testid={`history-import-${sheet}`}
        dataSource={shown}
        columns={columns}
        size="small"
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </>
  )
}
