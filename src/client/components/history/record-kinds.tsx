// Each kind of history record as the subject page shows and edits it: where its rows are in the history
// page, its table columns, its form fields (named like the API's fields, so the server's messages land on
// them) and the conversions between a row, the form and the request body.
import type { ComponentType } from 'react'
import { Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { GDVH_EXCLUSIONS, PROCEEDING_KINDS } from '../../../rules/history.ts'
import { JUDGEMENTS } from '../../../rules/judgements.ts'
import { COMMENDATION_KINDS, DISCIPLINE_FORMS, LEVELS, RATINGS, TRACKS, type SubjectKind } from '../../../rules/types.ts'
import { formatDate } from '../../format.ts'
import type { AwardRecord, HistoryKind, StoredFields, SubjectHistoryPage, Target } from '../../types.ts'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { targetOptions, targetShort, useTargets } from '../eligibility/eligibility-queries.ts'
import { fromPercent, formatShare, toPercent } from '../eligibility/percent.ts'
import { AWARD_COLUMNS } from '../registry/award-columns.tsx'
import { labelMatches } from '../select-filter.ts'
import {
  ACHIEVEMENT_KIND_LABELS,
  AWARD_LEVEL_LABELS,
  DISCIPLINE_OPTIONS,
  GOVERNMENT_OR_PARTY,
  INITIATIVE_TYPE_LABELS,
  RATING_OPTIONS,
} from './history-labels.ts'

export type HistoryRow<K extends HistoryKind> = StoredFields<K> & { id: string; subjectKind: SubjectKind; subjectId: string; version: number; updatedAt: string }

export interface RecordKindConfig<R extends { id: string; version: number }, V> {
  /** The API's path segment: /api/history/<kind>. */
  kind: HistoryKind | 'awards'
  /** "kết quả xếp loại": "Thêm kết quả xếp loại", "Xóa kết quả xếp loại này?". */
  noun: string
  rowsOf: (page: SubjectHistoryPage) => R[]
  columns: (context: { targets: readonly Target[] | undefined }) => ColumnsType<R>
  Fields: ComponentType<{ subjectKind: SubjectKind }>
  toValues: (row: R) => V
  initialValues: V
  toBody: (values: V) => Record<string, unknown>
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))
const LEVEL_OPTIONS = options(LEVELS)
const required = (message: string) => [{ required: true, message }]
const thisYear = () => new Date().getFullYear()
/** A text field: empty is null for the API. */
const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

function YearField({ name = 'year', label }: { name?: string; label: string }) {
  return (
    <Form.Item name={name} label={label} rules={required(`Hãy nhập ${label.toLowerCase()}`)}>
      <InputNumber min={1945} max={thisYear()} style={{ width: '100%' }} placeholder={String(thisYear())} />
    </Form.Item>
  )
}

function TrackField({ label = 'Khối' }: { label?: string }) {
  return (
    <Form.Item name="track" label={label}>
      <Radio.Group options={options(GOVERNMENT_OR_PARTY)} optionType="button" />
    </Form.Item>
  )
}

function DateField({ name, label, optional = false }: { name: string; label: string; optional?: boolean }) {
  return (
    <Form.Item name={name} label={label} rules={optional ? [] : required(`Hãy chọn ${label.toLowerCase()}`)}>
      <IsoDatePicker />
    </Form.Item>
  )
}

/** "Đã dùng để xét": the title (and its year) an initiative or achievement was already used for — it counts once. */
function UsedForFields({ subjectKind }: { subjectKind: SubjectKind }) {
  const targets = useTargets(subjectKind)
  return (
    <Row gutter={12}>
      <Col xs={24} sm={16}>
        <Form.Item name={['usedFor', 'code']} label="Đã dùng để xét" tooltip="Mỗi sáng kiến, thành tích chỉ được dùng một lần để xét khen thưởng">
          <Select allowClear showSearch={{ filterOption: labelMatches }} options={targetOptions(targets.data?.items ?? [])} placeholder="Chưa dùng" loading={targets.isPending} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item
          name={['usedFor', 'year']}
          label="Năm đã dùng"
          dependencies={[['usedFor', 'code']]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, year: number | null | undefined) =>
                Boolean(getFieldValue(['usedFor', 'code'])) === (year !== null && year !== undefined)
                  ? Promise.resolve()
                  : Promise.reject(new Error('Cần ghi cả danh hiệu và năm đã dùng để xét')),
            }),
          ]}
        >
          <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  )
}

interface UsedForValue {
  code?: string | null
  year?: number | null
}
const usedForBody = (usedFor: UsedForValue | undefined) => (usedFor?.code && usedFor.year ? { code: usedFor.code, year: usedFor.year } : null)
const usedForText = (usedFor: { code: string; year: number } | null, targets: readonly Target[] | undefined) =>
  usedFor ? `${targetShort(targets, usedFor.code)} năm ${usedFor.year}` : <Typography.Text type="secondary">Chưa dùng</Typography.Text>
const period = (start: string, end: string | null, open: string) => (
  <>
    {formatDate(start)} – {end ? formatDate(end) : <Typography.Text type="secondary">{open}</Typography.Text>}
  </>
)

// ——— Xếp loại ———
type RatingRow = HistoryRow<'ratings'>
interface RatingValues {
  year?: number | null
  rating?: string
  track: string
}
export const RATINGS_KIND: RecordKindConfig<RatingRow, RatingValues> = {
  kind: 'ratings',
  noun: 'kết quả xếp loại',
  rowsOf: (page) => page.ratings as RatingRow[],
  columns: () => [
    { title: 'Năm', dataIndex: 'year', width: 80 },
    { title: 'Xếp loại', dataIndex: 'rating', width: 280, render: (rating: RatingRow['rating']) => `${RATINGS[rating]} (${rating})` },
    { title: 'Khối', dataIndex: 'track', width: 130, render: (track: RatingRow['track']) => TRACKS[track] },
  ],
  Fields: () => (
    <>
      <YearField label="Năm xếp loại" />
      <Form.Item name="rating" label="Xếp loại" rules={required('Hãy chọn kết quả xếp loại')}>
        <Select options={RATING_OPTIONS} placeholder="Chọn kết quả xếp loại" />
      </Form.Item>
      <TrackField label="Khối (đảng viên được Đảng xếp loại riêng)" />
    </>
  ),
  toValues: (row) => ({ year: row.year, rating: row.rating, track: row.track }),
  initialValues: { year: null, track: 'government' },
  toBody: (v) => ({ year: v.year, rating: v.rating, track: v.track }),
}

// ——— Sáng kiến ———
type InitiativeRow = HistoryRow<'initiatives'>
interface InitiativeValues {
  title?: string
  type?: string
  level?: string
  recognisedDate?: string | null
  appliedEffectively: boolean
  usedFor?: UsedForValue
}
export const INITIATIVES_KIND: RecordKindConfig<InitiativeRow, InitiativeValues> = {
  kind: 'initiatives',
  noun: 'sáng kiến, đề tài',
  rowsOf: (page) => page.initiatives as InitiativeRow[],
  columns: ({ targets }) => [
    { title: 'Tên sáng kiến, đề tài', dataIndex: 'title', width: 260 },
    { title: 'Loại', dataIndex: 'type', width: 130, render: (type: InitiativeRow['type']) => INITIATIVE_TYPE_LABELS[type] },
    { title: 'Cấp công nhận', dataIndex: 'level', width: 150, render: (level: InitiativeRow['level']) => LEVELS[level] },
    { title: 'Ngày công nhận', dataIndex: 'recognisedDate', width: 120, render: formatDate },
    { title: 'Áp dụng hiệu quả', dataIndex: 'appliedEffectively', width: 110, render: (applied: boolean) => (applied ? <Tag color="green">Có</Tag> : 'Chưa xác nhận') },
    { title: 'Đã dùng để xét', dataIndex: 'usedFor', width: 150, render: (usedFor: InitiativeRow['usedFor']) => usedForText(usedFor, targets) },
  ],
  Fields: ({ subjectKind }) => (
    <>
      <Form.Item name="title" label="Tên sáng kiến, đề tài" rules={[...required('Hãy nhập tên sáng kiến, đề tài'), { max: 500 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="type" label="Loại" rules={required('Hãy chọn loại')}>
            <Select options={options(INITIATIVE_TYPE_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="level" label="Cấp công nhận" rules={required('Hãy chọn cấp công nhận')}>
            <Select options={LEVEL_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateField name="recognisedDate" label="Ngày công nhận" />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="appliedEffectively" label="Áp dụng hiệu quả" valuePropName="checked">
            <Switch checkedChildren="Có" unCheckedChildren="Chưa" />
          </Form.Item>
        </Col>
      </Row>
      <UsedForFields subjectKind={subjectKind} />
    </>
  ),
  toValues: (row) => ({ title: row.title, type: row.type, level: row.level, recognisedDate: row.recognisedDate, appliedEffectively: row.appliedEffectively, usedFor: row.usedFor ?? {} }),
  initialValues: { type: 'sang_kien', level: 'co_so', appliedEffectively: false },
  toBody: (v) => ({ title: v.title, type: v.type, level: v.level, recognisedDate: v.recognisedDate, appliedEffectively: v.appliedEffectively, usedFor: usedForBody(v.usedFor) }),
}

// ——— Thành tích ———
type AchievementRow = HistoryRow<'achievements'>
interface AchievementValues {
  description?: string
  kind?: string
  level?: string
  date?: string | null
  usedFor?: UsedForValue
}
export const ACHIEVEMENTS_KIND: RecordKindConfig<AchievementRow, AchievementValues> = {
  kind: 'achievements',
  noun: 'thành tích',
  rowsOf: (page) => page.achievements as AchievementRow[],
  columns: ({ targets }) => [
    { title: 'Thành tích', dataIndex: 'description', width: 280 },
    { title: 'Loại', dataIndex: 'kind', width: 200, render: (kind: AchievementRow['kind']) => ACHIEVEMENT_KIND_LABELS[kind] },
    { title: 'Phạm vi ảnh hưởng', dataIndex: 'level', width: 150, render: (level: AchievementRow['level']) => LEVELS[level] },
    { title: 'Ngày', dataIndex: 'date', width: 110, render: formatDate },
    { title: 'Đã dùng để xét', dataIndex: 'usedFor', width: 150, render: (usedFor: AchievementRow['usedFor']) => usedForText(usedFor, targets) },
  ],
  Fields: ({ subjectKind }) => (
    <>
      <Form.Item name="description" label="Thành tích" rules={[...required('Hãy mô tả thành tích'), { max: 1000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label="Loại thành tích" rules={required('Hãy chọn loại thành tích')}>
            <Select options={options(ACHIEVEMENT_KIND_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="level" label="Phạm vi ảnh hưởng" rules={required('Hãy chọn phạm vi ảnh hưởng')}>
            <Select options={LEVEL_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <DateField name="date" label="Ngày thành tích" />
      <UsedForFields subjectKind={subjectKind} />
    </>
  ),
  toValues: (row) => ({ description: row.description, kind: row.kind, level: row.level, date: row.date, usedFor: row.usedFor ?? {} }),
  initialValues: { kind: 'phong_trao' },
  toBody: (v) => ({ description: v.description, kind: v.kind, level: v.level, date: v.date, usedFor: usedForBody(v.usedFor) }),
}

// ——— Kỷ luật ———
type DisciplineRow = HistoryRow<'discipline'>
interface DisciplineValues {
  form?: string
  track: string
  startDate?: string | null
  endDate?: string | null
  decisionNumber?: string | null
}
export const DISCIPLINE_KIND: RecordKindConfig<DisciplineRow, DisciplineValues> = {
  kind: 'discipline',
  noun: 'kỷ luật',
  rowsOf: (page) => page.discipline as DisciplineRow[],
  columns: () => [
    { title: 'Hình thức', dataIndex: 'form', width: 150, render: (form: DisciplineRow['form']) => DISCIPLINE_FORMS[form].label },
    { title: 'Khối', dataIndex: 'track', width: 120, render: (track: DisciplineRow['track']) => TRACKS[track] },
    { title: 'Thời hạn', key: 'period', width: 240, render: (_: unknown, row) => period(row.startDate, row.endDate, 'quyết định không ghi ngày kết thúc') },
    { title: 'Số quyết định', dataIndex: 'decisionNumber', width: 140 },
  ],
  Fields: () => (
    <>
      <Form.Item name="form" label="Hình thức kỷ luật" rules={required('Hãy chọn hình thức kỷ luật')}>
        <Select options={DISCIPLINE_OPTIONS} />
      </Form.Item>
      <TrackField />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateField name="startDate" label="Ngày bắt đầu" />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endDate" label="Ngày kết thúc" tooltip="Để trống nếu quyết định không ghi: thời hạn tính theo quy định áp dụng">
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="decisionNumber" label="Số quyết định" rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
    </>
  ),
  toValues: (row) => ({ form: row.form, track: row.track, startDate: row.startDate, endDate: row.endDate, decisionNumber: row.decisionNumber }),
  initialValues: { track: 'government' },
  toBody: (v) => ({ form: v.form, track: v.track, startDate: v.startDate, endDate: v.endDate ?? null, decisionNumber: text(v.decisionNumber) }),
}

// ——— Đang xem xét ———
type ProceedingRow = HistoryRow<'proceedings'>
interface ProceedingValues {
  kind?: string
  startDate?: string | null
  endDate?: string | null
  note?: string | null
}
export const PROCEEDINGS_KIND: RecordKindConfig<ProceedingRow, ProceedingValues> = {
  kind: 'proceedings',
  noun: 'vụ việc đang xem xét',
  rowsOf: (page) => page.proceedings as ProceedingRow[],
  columns: () => [
    { title: 'Vụ việc', dataIndex: 'kind', width: 260, render: (kind: ProceedingRow['kind']) => PROCEEDING_KINDS[kind] },
    { title: 'Thời gian', key: 'period', width: 220, render: (_: unknown, row) => period(row.startDate, row.endDate, 'chưa kết thúc') },
    { title: 'Tình trạng', key: 'open', width: 120, render: (_: unknown, row) => (row.endDate ? <Tag>Đã kết thúc</Tag> : <Tag color="orange">Đang xem xét</Tag>) },
    { title: 'Ghi chú', dataIndex: 'note', width: 240 },
  ],
  Fields: () => (
    <>
      <Form.Item name="kind" label="Loại vụ việc" rules={required('Hãy chọn loại vụ việc')}>
        <Select options={options(PROCEEDING_KINDS)} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateField name="startDate" label="Ngày bắt đầu" />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endDate" label="Ngày kết thúc" tooltip="Để trống khi vụ việc chưa kết thúc">
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label="Ghi chú" rules={[{ max: 500 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </>
  ),
  toValues: (row) => ({ kind: row.kind, startDate: row.startDate, endDate: row.endDate, note: row.note }),
  initialValues: {},
  toBody: (v) => ({ kind: v.kind, startDate: v.startDate, endDate: v.endDate ?? null, note: text(v.note) }),
}

// ——— Đánh giá tiêu chuẩn ———
type AssessmentRow = HistoryRow<'assessments'>
interface AssessmentValues {
  year?: number | null
  key?: string
  met: boolean
  note?: string | null
}
const JUDGEMENT_OPTIONS = Object.entries(JUDGEMENTS).map(([value, label]) => ({ value, label }))
export const ASSESSMENTS_KIND: RecordKindConfig<AssessmentRow, AssessmentValues> = {
  kind: 'assessments',
  noun: 'đánh giá tiêu chuẩn',
  rowsOf: (page) => page.assessments as AssessmentRow[],
  columns: () => [
    { title: 'Năm', dataIndex: 'year', width: 80 },
    {
      title: 'Tiêu chuẩn',
      dataIndex: 'key',
      width: 340,
      render: (key: string) => (
        <>
          {JUDGEMENTS[key as keyof typeof JUDGEMENTS] ?? key}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {key}
          </Typography.Text>
        </>
      ),
    },
    { title: 'Kết quả', dataIndex: 'met', width: 110, render: (met: boolean) => (met ? <Tag color="green">Đạt</Tag> : <Tag color="red">Không đạt</Tag>) },
    { title: 'Ghi chú', dataIndex: 'note', width: 220 },
  ],
  Fields: () => (
    <>
      <YearField label="Năm đánh giá" />
      <Form.Item name="key" label="Tiêu chuẩn" rules={required('Hãy chọn tiêu chuẩn')} extra="Tiêu chuẩn định tính do cuộc họp bình xét của đơn vị đánh giá mỗi năm">
        <Select options={JUDGEMENT_OPTIONS} showSearch={{ filterOption: labelMatches }} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item name="met" label="Kết quả">
        <Radio.Group
          options={[
            { value: true, label: 'Đạt' },
            { value: false, label: 'Không đạt' },
          ]}
          optionType="button"
        />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú" rules={[{ max: 500 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </>
  ),
  toValues: (row) => ({ year: row.year, key: row.key, met: row.met, note: row.note }),
  initialValues: { year: null, met: true },
  toBody: (v) => ({ year: v.year, key: v.key, met: v.met, note: text(v.note) }),
}

// ——— Kết quả năm của tập thể ———
type CollectiveYearRow = HistoryRow<'collective-years'>
interface CollectiveYearValues {
  year?: number | null
  memberCount?: number | null
  ldttCount?: number | null
  cstdcsCount?: number | null
  completedTaskCount?: number | null
  memberDiscipline: { form?: string; date?: string | null; member?: string | null }[]
  leadsCluster: string
  exceededTargets: string
  partyScore?: number | null
  /** Percent in the form, a share for the API. */
  partyTasksCompletedShare?: number | null
  partyTasksExceededShare?: number | null
}
const LEADS_CLUSTER = { none: 'Không', tinh: 'Dẫn đầu cụm, khối do tỉnh, bộ tổ chức', trung_uong: 'Dẫn đầu cụm, khối do Trung ương tổ chức' } as const
const YES_NO_UNKNOWN = { unknown: 'Chưa rõ', yes: 'Có', no: 'Không' } as const
const count = (value: number | null) => (value === null ? <Typography.Text type="secondary">—</Typography.Text> : value)
const orNull = (value: number | null | undefined) => value ?? null
const percentOrNull = (value: number | null | undefined) => (value === null || value === undefined ? null : fromPercent(value))

function CountField({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item name={name} label={label}>
      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  )
}

function MemberDisciplineList() {
  return (
    <Form.List name="memberDiscipline">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <Typography.Text strong>Thành viên bị kỷ luật trong năm</Typography.Text>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top">
              <Col xs={24} sm={7}>
                <Form.Item name={[field.name, 'form']} rules={required('Chọn hình thức')} style={{ marginBottom: 8 }}>
                  <Select options={DISCIPLINE_OPTIONS} placeholder="Hình thức" aria-label="Hình thức kỷ luật" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={7}>
                <Form.Item name={[field.name, 'date']} rules={required('Chọn ngày')} style={{ marginBottom: 8 }}>
                  <IsoDatePicker placeholder="Ngày kỷ luật" />
                </Form.Item>
              </Col>
              <Col xs={20} sm={8}>
                <Form.Item name={[field.name, 'member']} style={{ marginBottom: 8 }}>
                  <Input placeholder="Thành viên (không bắt buộc)" aria-label="Thành viên" />
                </Form.Item>
              </Col>
              <Col xs={4} sm={2}>
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="Xóa dòng kỷ luật" />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'start' }}>
            Thêm thành viên bị kỷ luật
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}

export const COLLECTIVE_YEARS_KIND: RecordKindConfig<CollectiveYearRow, CollectiveYearValues> = {
  kind: 'collective-years',
  noun: 'kết quả năm',
  rowsOf: (page) => page.collectiveYears as CollectiveYearRow[],
  columns: () => [
    { title: 'Năm', dataIndex: 'year', width: 70 },
    { title: 'Thành viên', dataIndex: 'memberCount', width: 100 },
    { title: 'Đạt LĐTT', dataIndex: 'ldttCount', width: 90, render: count },
    { title: 'Đạt CSTĐCS', dataIndex: 'cstdcsCount', width: 100, render: count },
    { title: 'Hoàn thành nhiệm vụ', dataIndex: 'completedTaskCount', width: 120, render: count },
    { title: 'Bị kỷ luật', dataIndex: 'memberDiscipline', width: 100, render: (list: CollectiveYearRow['memberDiscipline']) => list.length },
    { title: 'Dẫn đầu cụm, khối', dataIndex: 'leadsCluster', width: 200, render: (lead: CollectiveYearRow['leadsCluster']) => (lead ? LEADS_CLUSTER[lead] : '—') },
    { title: 'Vượt chỉ tiêu', dataIndex: 'exceededTargets', width: 110, render: (v: boolean | null) => (v === null ? '—' : v ? 'Có' : 'Không') },
    {
      title: 'Tổ chức đảng',
      key: 'party',
      width: 200,
      render: (_: unknown, row) =>
        [
          row.partyScore !== null && `${row.partyScore} điểm`,
          row.partyTasksCompletedShare !== null && `hoàn thành ${formatShare(row.partyTasksCompletedShare)} chỉ tiêu`,
          row.partyTasksExceededShare !== null && `vượt ${formatShare(row.partyTasksExceededShare)}`,
        ]
          .filter(Boolean)
          .join(', ') || '—',
    },
  ],
  Fields: () => (
    <>
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <YearField label="Năm" />
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="memberCount" label="Tổng số thành viên" rules={required('Hãy nhập tổng số thành viên')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <CountField name="ldttCount" label="Số đạt LĐTT" />
        </Col>
        <Col xs={12} sm={8}>
          <CountField name="cstdcsCount" label="Số đạt CSTĐCS" />
        </Col>
        <Col xs={24} sm={8}>
          <CountField name="completedTaskCount" label="Số hoàn thành nhiệm vụ" />
        </Col>
      </Row>
      <MemberDisciplineList />
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name="leadsCluster" label="Dẫn đầu cụm, khối thi đua">
            <Select options={options(LEADS_CLUSTER)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="exceededTargets" label="Vượt chỉ tiêu">
            <Radio.Group options={options(YES_NO_UNKNOWN)} optionType="button" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">Tổ chức đảng (Quy định 366-QĐ/TW)</Typography.Text>
      <Row gutter={12} style={{ marginTop: 8 }}>
        <Col xs={24} sm={8}>
          <Form.Item name="partyScore" label="Điểm xếp loại">
            <InputNumber min={0} max={100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="partyTasksCompletedShare" label="Chỉ tiêu hoàn thành">
            <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="partyTasksExceededShare" label="Chỉ tiêu vượt mức">
            <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  ),
  toValues: (row) => ({
    year: row.year,
    memberCount: row.memberCount,
    ldttCount: row.ldttCount,
    cstdcsCount: row.cstdcsCount,
    completedTaskCount: row.completedTaskCount,
    memberDiscipline: row.memberDiscipline,
    leadsCluster: row.leadsCluster ?? 'none',
    exceededTargets: row.exceededTargets === null ? 'unknown' : row.exceededTargets ? 'yes' : 'no',
    partyScore: row.partyScore,
    partyTasksCompletedShare: row.partyTasksCompletedShare === null ? null : toPercent(row.partyTasksCompletedShare),
    partyTasksExceededShare: row.partyTasksExceededShare === null ? null : toPercent(row.partyTasksExceededShare),
  }),
  initialValues: { year: null, memberDiscipline: [], leadsCluster: 'none', exceededTargets: 'unknown' },
  toBody: (v) => ({
    year: v.year,
    memberCount: v.memberCount,
    ldttCount: orNull(v.ldttCount),
    cstdcsCount: orNull(v.cstdcsCount),
    completedTaskCount: orNull(v.completedTaskCount),
    memberDiscipline: v.memberDiscipline.map((d) => ({ form: d.form, date: d.date, member: text(d.member) })),
    leadsCluster: v.leadsCluster === 'none' ? null : v.leadsCluster,
    exceededTargets: v.exceededTargets === 'unknown' ? null : v.exceededTargets === 'yes',
    partyScore: orNull(v.partyScore),
    partyTasksCompletedShare: percentOrNull(v.partyTasksCompletedShare),
    partyTasksExceededShare: percentOrNull(v.partyTasksExceededShare),
  }),
}

// ——— Trường hợp không xét Gia đình văn hóa ———
type ExclusionRow = HistoryRow<'exclusions'>
interface ExclusionValues {
  kind?: string
  member?: string | null
  startDate?: string | null
  endDate?: string | null
}
export const EXCLUSIONS_KIND: RecordKindConfig<ExclusionRow, ExclusionValues> = {
  kind: 'exclusions',
  noun: 'trường hợp loại trừ',
  rowsOf: (page) => page.exclusions as ExclusionRow[],
  columns: () => [
    { title: 'Trường hợp', dataIndex: 'kind', width: 360, render: (kind: ExclusionRow['kind']) => GDVH_EXCLUSIONS[kind] },
    { title: 'Thành viên', dataIndex: 'member', width: 180 },
    { title: 'Thời gian', key: 'period', width: 220, render: (_: unknown, row) => period(row.startDate, row.endDate, 'chưa kết thúc') },
  ],
  Fields: () => (
    <>
      <Form.Item name="kind" label="Trường hợp" rules={required('Hãy chọn trường hợp')}>
        <Select options={options(GDVH_EXCLUSIONS)} popupMatchSelectWidth={false} styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }} />
      </Form.Item>
      <Form.Item name="member" label="Thành viên" rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateField name="startDate" label="Ngày bắt đầu" />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endDate" label="Ngày kết thúc">
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
    </>
  ),
  toValues: (row) => ({ kind: row.kind, member: row.member, startDate: row.startDate, endDate: row.endDate }),
  initialValues: {},
  toBody: (v) => ({ kind: v.kind, member: text(v.member), startDate: v.startDate, endDate: v.endDate ?? null }),
}

// ——— Danh hiệu, khen thưởng (sổ khen thưởng) ———
interface AwardValues {
  code?: string | null
  name?: string | null
  track?: string | null
  level?: string | null
  year?: number | null
  decisionNumber?: string | null
  decisionDate?: string | null
  decisionIssuer?: string | null
  kind: string
  achievement?: string | null
}

function AwardFields({ subjectKind }: { subjectKind: SubjectKind }) {
  const targets = useTargets(subjectKind)
  const code = Form.useWatch('code')
  return (
    <>
      <Form.Item name="code" label="Danh hiệu, hình thức trong danh mục" extra="Để trống với hình thức ngoài danh mục, rồi ghi tên và khối">
        <Select allowClear showSearch={{ filterOption: labelMatches }} options={targetOptions(targets.data?.items ?? [])} loading={targets.isPending} placeholder="Ngoài danh mục" />
      </Form.Item>
      <Form.Item name="name" label="Tên như ghi trên quyết định" rules={code ? [{ max: 300 }] : [...required('Hãy ghi tên danh hiệu, hình thức'), { max: 300 }]}>
        <Input placeholder={code ? 'Theo danh mục' : undefined} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="track" label="Khối" rules={code ? [] : required('Hãy chọn khối')}>
            <Select allowClear options={options(TRACKS)} placeholder={code ? 'Theo danh mục' : undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="level" label="Cấp quyết định">
            <Select allowClear options={options(AWARD_LEVEL_LABELS)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <YearField label="Năm thành tích" />
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="decisionNumber" label="Số quyết định" rules={[{ max: 100 }]}>
            <Input placeholder="125/QĐ-UBND" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="decisionDate" label="Ngày quyết định">
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="decisionIssuer" label="Cơ quan, người quyết định" rules={[{ max: 300 }]}>
        <Input placeholder="Chủ tịch UBND xã Bình Thành" />
      </Form.Item>
      <Form.Item name="kind" label="Loại hình khen thưởng">
        <Select options={options(COMMENDATION_KINDS)} />
      </Form.Item>
      <Form.Item name="achievement" label="Thành tích được khen" rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  )
}

export const AWARDS_KIND: RecordKindConfig<AwardRecord, AwardValues> = {
  kind: 'awards',
  noun: 'danh hiệu, khen thưởng',
  rowsOf: (page) => page.awards,
  columns: () => AWARD_COLUMNS,
  Fields: AwardFields,
  toValues: (row) => ({
    code: row.code,
    name: row.name,
    track: row.track,
    level: row.level,
    year: row.year,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    decisionIssuer: row.decisionIssuer,
    kind: row.kind,
    achievement: row.achievement,
  }),
  initialValues: { year: null, kind: 'cong_trang' },
  toBody: (v) => ({
    code: v.code ?? null,
    name: text(v.name),
    ...(v.track ? { track: v.track } : {}),
    level: v.level ?? null,
    year: v.year,
    decisionNumber: text(v.decisionNumber),
    decisionDate: v.decisionDate ?? null,
    decisionIssuer: text(v.decisionIssuer),
    kind: v.kind,
    achievement: text(v.achievement),
  }),
}
