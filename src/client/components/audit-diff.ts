// Turns an audit entry's before/after snapshots into a readable list of changed fields,
// with Vietnamese field names and values written as text (never as HTML).
import { ORGANIZATION_KINDS, TRACK_LABELS } from '../../shared/organizations.ts'
import { PERSON_CATEGORIES, SEXES } from '../../shared/people.ts'
import { ROLE_LABELS } from '../../shared/roles.ts'
import { formatDate, formatDateTime } from '../format.ts'

export interface FieldChange {
  key: string
  label: string
  before: string
  after: string
}

const FIELD_LABELS: Record<string, string> = {
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  sex: 'Giới tính',
  cccd: 'Số CCCD',
  position: 'Chức vụ',
  organizationId: 'Đơn vị',
  organizationName: 'Đơn vị',
  category: 'Đối tượng',
  directWorker: 'Lao động trực tiếp',
  householdId: 'Hộ gia đình',
  householdHeadName: 'Hộ gia đình',
  headName: 'Chủ hộ',
  headPersonId: 'Cá nhân chủ hộ',
  address: 'Địa chỉ',
  memberCount: 'Số thành viên',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  kind: 'Loại',
  level: 'Cấp',
  track: 'Khối',
  parentId: 'Đơn vị cấp trên',
  validFrom: 'Có hiệu lực từ',
  validTo: 'Hết hiệu lực',
  successorId: 'Đơn vị kế thừa',
  note: 'Ghi chú',
  username: 'Tên đăng nhập',
  displayName: 'Họ tên',
  role: 'Vai trò',
  roleLabel: 'Vai trò',
  disabled: 'Vô hiệu hóa',
  lockedUntil: 'Tạm khóa đến',
  failedLogins: 'Số lần đăng nhập sai',
  year: 'Năm',
  ownerId: 'Cơ quan tổ chức',
  members: 'Thành viên',
  fileName: 'Tệp',
  inserted: 'Số dòng đã ghi',
  skipped: 'Số dòng bỏ qua',
}

/** Bookkeeping fields, and codes shown through their readable twin (organizationName beats organizationId). */
const HIDDEN = new Set(['id', 'version', 'updatedAt', 'createdAt', 'path', 'sortKey'])
const TWINS: Record<string, string> = { organizationId: 'organizationName', householdId: 'householdHeadName', role: 'roleLabel' }

const CODE_LABELS: Record<string, Record<string, string>> = {
  sex: SEXES,
  category: PERSON_CATEGORIES,
  role: ROLE_LABELS,
  track: TRACK_LABELS,
  kind: Object.fromEntries(Object.entries(ORGANIZATION_KINDS).map(([code, kind]) => [code, kind.label])),
}

const EMPTY_VALUE = '—'

/** One value as plain text. */
export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE
  if (typeof value === 'boolean') return value ? 'Có' : 'Không'
  if (typeof value === 'string') {
    const label = CODE_LABELS[key]?.[value]
    if (label) return label
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value)
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value)
    return value
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE
    return value.map((item) => (item && typeof item === 'object' && 'name' in item ? String(item.name) : formatAuditValue(key, item))).join(', ')
  }
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {})

/** The fields that differ between the snapshots (all fields of a creation), in snapshot order. */
export function diffAuditSnapshots(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before)
  const next = asRecord(after)
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])]
  const changes: FieldChange[] = []
  for (const key of keys) {
    const twin = TWINS[key]
    if (HIDDEN.has(key) || (twin && (twin in old || twin in next))) continue
    const beforeText = key in old ? formatAuditValue(key, old[key]) : EMPTY_VALUE
    const afterText = key in next ? formatAuditValue(key, next[key]) : EMPTY_VALUE
    if (beforeText === afterText) continue
    changes.push({ key, label: FIELD_LABELS[key] ?? key, before: beforeText, after: afterText })
  }
  return changes
}
