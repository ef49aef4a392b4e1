// The statistical report forms on emulation and commendation (biểu mẫu báo cáo thống kê thi đua, khen thưởng)
// as data: each form's number, title, unit of count, what its rows are and what each column counts. The server
// turns every column into one SQL aggregate (statistics-form-sql.ts) and writes the workbook from this table;
// the page lists the forms from it. Nothing about a form is written anywhere else.
//
// What was confirmed (search of stored public pages, 2026-11):
//   ✅ The Home Affairs sector's statistical reporting regime is set by a circular of the Minister of Home
//      Affairs titled "Quy định chế độ báo cáo thống kê ngành Nội vụ": Thông tư 02/2023/TT-BNV (23/03/2023),
//      replaced by Thông tư 18/2025/TT-BNV (08/10/2025); such a circular has two appendices, the list of forms
//      (danh mục biểu mẫu) and the forms with their explanations (biểu mẫu và giải thích biểu mẫu).
//   ❓ Not seen: the forms of the emulation-and-commendation section of those appendices — their numbers
//      (…/BNV-TĐKT), exact rows and columns, reporting periods and deadlines. The three forms below carry the
//      indicators the sector reports (số phong trào thi đua được phát động; số lượng khen thưởng theo hình thức,
//      theo cấp và theo đối tượng) in the layout of a statistical form; compare them with the circular's
//      appendix before filing, and change this table (not the code) where they differ.
import { CAMPAIGN_KINDS } from './campaign-plan.ts'

export const STATISTICS_REGIME = 'Thông tư 18/2025/TT-BNV ngày 08/10/2025 quy định chế độ báo cáo thống kê ngành Nội vụ (thay Thông tư 02/2023/TT-BNV)'

/** What an award column counts: registry rows (lượt khen thưởng) matching every condition given. */
export interface AwardColumnFilter {
  subjectKind?: 'individual' | 'collective' | 'household'
  /** Individuals of this sex (people.sex; the person's record as it stands now). */
  sex?: 'nu'
  /** Individuals recorded as direct workers (người lao động trực tiếp). */
  directWorker?: true
  track?: 'government' | 'party' | 'mass'
}

/** What a campaign column counts: issued plans (not amendments) matching every condition given. */
export interface CampaignColumnFilter {
  /** organizations.level of the issuer. */
  issuerLevels?: readonly string[]
  /** 'state' (chính quyền, Decree 30 numbering) or 'party'. */
  track?: 'state' | 'party'
}

export interface FormColumn<F> {
  key: string
  label: string
  /** Header above a group of columns ("Chia theo đối tượng"); columns of one group are adjacent. */
  group?: string
  filter: F
}

export interface FixedRow {
  /** The value of the row dimension (null: rows that do not state it). */
  key: string | null
  label: string
}

interface FormBase {
  id: string
  /** "Biểu số 01" */
  number: string
  title: string
  /** Đơn vị tính */
  unit: string
  /** What the period means for this form. */
  periodNote: string
  /** Shown under the table: what is counted, and what is not confirmed. */
  notes: readonly string[]
}

export interface CampaignForm extends FormBase {
  source: 'campaigns'
  rowBy: 'kind'
  rows: readonly FixedRow[]
  columns: readonly FormColumn<CampaignColumnFilter>[]
}

export interface AwardForm extends FormBase {
  source: 'awards'
  /** 'form': one row per title or form found in the period (catalogue order, then the others by name); 'level': the fixed rows. */
  rowBy: 'form' | 'level'
  rows: readonly FixedRow[]
  columns: readonly FormColumn<AwardColumnFilter>[]
}

export type StatisticsForm = CampaignForm | AwardForm

const TOTAL = 'Tổng số'
const BY_SUBJECT = 'Chia theo đối tượng'

export const STATISTICS_FORMS: readonly StatisticsForm[] = [
  {
    id: 'phong-trao-thi-dua',
    number: 'Biểu số 01',
    title: 'SỐ PHONG TRÀO THI ĐUA ĐƯỢC PHÁT ĐỘNG',
    unit: 'Phong trào',
    periodNote: 'Kế hoạch phát động ban hành trong các năm báo cáo',
    source: 'campaigns',
    rowBy: 'kind',
    rows: Object.entries(CAMPAIGN_KINDS).map(([key, label]) => ({ key, label })),
    columns: [
      { key: 'total', label: TOTAL, filter: {} },
      { key: 'province', label: 'Cấp tỉnh', group: 'Chia theo cấp phát động', filter: { issuerLevels: ['province'] } },
      { key: 'district', label: 'Cấp huyện (trước 01/7/2025)', group: 'Chia theo cấp phát động', filter: { issuerLevels: ['district'] } },
      { key: 'commune', label: 'Cấp xã', group: 'Chia theo cấp phát động', filter: { issuerLevels: ['commune'] } },
      { key: 'unit', label: 'Cơ quan, đơn vị, thôn, xóm', group: 'Chia theo cấp phát động', filter: { issuerLevels: ['agency', 'unit', 'village'] } },
      { key: 'state', label: 'Chính quyền, đoàn thể', group: 'Chia theo khối', filter: { track: 'state' } },
      { key: 'party', label: 'Đảng', group: 'Chia theo khối', filter: { track: 'party' } },
    ],
    notes: [
      'Đếm các kế hoạch phát động thi đua đã ban hành (kể cả kế hoạch triển khai của cấp dưới), không đếm kế hoạch sửa đổi, bổ sung.',
      'Cách đếm kế hoạch triển khai của cấp dưới là một phong trào riêng chưa được đối chiếu với giải thích biểu mẫu của Bộ Nội vụ.', // ❓
    ],
  },
  {
    id: 'khen-thuong-theo-hinh-thuc',
    number: 'Biểu số 02',
    title: 'SỐ LƯỢNG DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG',
    unit: 'Lượt',
    periodNote: 'Năm thành tích được khen thưởng',
    source: 'awards',
    rowBy: 'form',
    rows: [],
    columns: [
      { key: 'total', label: TOTAL, filter: {} },
      { key: 'collective', label: 'Tập thể', group: BY_SUBJECT, filter: { subjectKind: 'collective' } },
      { key: 'individual', label: 'Cá nhân', group: BY_SUBJECT, filter: { subjectKind: 'individual' } },
      { key: 'women', label: 'Trong đó: nữ', group: BY_SUBJECT, filter: { subjectKind: 'individual', sex: 'nu' } },
      { key: 'directWorkers', label: 'Trong đó: người lao động trực tiếp', group: BY_SUBJECT, filter: { subjectKind: 'individual', directWorker: true } },
      { key: 'household', label: 'Hộ gia đình', group: BY_SUBJECT, filter: { subjectKind: 'household' } },
    ],
    notes: [
      'Đếm các bản ghi trong sổ khen thưởng của đơn vị và các đơn vị trực thuộc; không đếm bản ghi đã bị hủy bỏ (Luật Thi đua, khen thưởng 2022, Điều 93).',
      'Giới tính và người lao động trực tiếp lấy theo hồ sơ cá nhân hiện tại.',
    ],
  },
  {
    id: 'khen-thuong-theo-cap',
    number: 'Biểu số 03',
    title: 'SỐ LƯỢNG KHEN THƯỞNG THEO CẤP QUYẾT ĐỊNH VÀ KHỐI',
    unit: 'Lượt',
    periodNote: 'Năm thành tích được khen thưởng',
    source: 'awards',
    rowBy: 'level',
    rows: [
      { key: 'central', label: 'Trung ương (Chủ tịch nước, Thủ tướng Chính phủ)' },
      { key: 'ministry', label: 'Bộ, ban, ngành, đoàn thể trung ương' },
      { key: 'province', label: 'Cấp tỉnh' },
      { key: 'district', label: 'Cấp huyện (trước 01/7/2025)' },
      { key: 'commune', label: 'Cấp xã' },
      { key: 'unit', label: 'Cơ quan, đơn vị, doanh nghiệp' },
      { key: null, label: 'Chưa ghi cấp quyết định' },
    ],
    columns: [
      { key: 'total', label: TOTAL, filter: {} },
      { key: 'government', label: 'Chính quyền', group: 'Chia theo khối', filter: { track: 'government' } },
      { key: 'party', label: 'Đảng', group: 'Chia theo khối', filter: { track: 'party' } },
      { key: 'mass', label: 'Mặt trận, đoàn thể', group: 'Chia theo khối', filter: { track: 'mass' } },
      { key: 'collective', label: 'Tập thể', group: BY_SUBJECT, filter: { subjectKind: 'collective' } },
      { key: 'individual', label: 'Cá nhân', group: BY_SUBJECT, filter: { subjectKind: 'individual' } },
      { key: 'household', label: 'Hộ gia đình', group: BY_SUBJECT, filter: { subjectKind: 'household' } },
    ],
    notes: [
      'Cấp quyết định theo ghi chép của sổ khen thưởng; không đếm bản ghi đã bị hủy bỏ (Luật Thi đua, khen thưởng 2022, Điều 93).',
    ],
  },
]

export const STATISTICS_FORM_IDS = STATISTICS_FORMS.map((f) => f.id) as [string, ...string[]]

export function findStatisticsForm(id: string): StatisticsForm | undefined {
  return STATISTICS_FORMS.find((f) => f.id === id)
}
