// Request schemas of the history API: one field set per kind of record (the shapes of the law
// engine's SubjectHistory, src/rules/history.ts), each field labelled in Vietnamese for messages.
import { z } from 'zod'
import { CATALOGUE_CODES, type SubjectKind } from '../../../rules/index.ts'
import { GDVH_EXCLUSIONS, PROCEEDING_KINDS } from '../../../rules/history.ts'
import { DISCIPLINE_FORMS, LEVELS, RATINGS } from '../../../rules/types.ts'
import { isoDate, optionalText, requiredText, uuid, version } from '../../../shared/schemas.ts'

const keysOf = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]
const oneOf = <T extends Record<string, unknown>>(o: T, label: string) =>
  z.enum(keysOf(o), { error: `chỉ nhận một trong: ${Object.keys(o).join(', ')}` }).describe(label)

export const SUBJECT_KINDS = ['individual', 'collective', 'household'] as const satisfies readonly SubjectKind[]
export const subjectKind = z.enum(SUBJECT_KINDS, { error: 'chỉ nhận individual (cá nhân), collective (tập thể) hoặc household (hộ gia đình)' }).describe('Loại đối tượng')

export const yearOf = (label: string) =>
  z.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'phải từ năm 1945').max(2100, 'phải trước năm 2100').describe(label)
const count = (label: string) => z.number({ error: 'phải là số' }).int('phải là số nguyên').min(0, 'không được âm').describe(label)
const share = (label: string) => z.number({ error: 'phải là tỷ lệ từ 0 đến 1' }).min(0, 'tỷ lệ từ 0 đến 1').max(1, 'tỷ lệ từ 0 đến 1').describe(label)
export const catalogueCode = (label: string) => z.enum(CATALOGUE_CODES, { error: (issue) => `mã ${JSON.stringify(issue.input)} không có trong danh mục danh hiệu, hình thức khen thưởng` }).describe(label)
export const governmentOrParty = z.enum(['government', 'party'], { error: 'chỉ nhận government (chính quyền) hoặc party (Đảng)' }).describe('Khối')
export const INITIATIVE_TYPES = { sang_kien: 'Sáng kiến', de_tai: 'Đề tài khoa học', muu_tri: 'Mưu trí' } as const
export const ACHIEVEMENT_KINDS = { phong_trao: 'Thành tích trong phong trào thi đua', dot_xuat: 'Thành tích đột xuất', dong_gop: 'Đóng góp công sức, đất đai, tài sản', cong_trang: 'Nhiều thành tích (công trạng)' } as const
const usedFor = z
  .object({ code: catalogueCode('Đã dùng để xét: mã'), year: yearOf('Đã dùng để xét: năm') }, { error: 'phải có dạng { code, year }' })
  .nullable()
  .describe('Đã dùng để xét')
const endDate = (label: string) => isoDate(label).nullable()

/** The fields of each kind of record, as created (optional ones may be left out; PATCH takes any subset). */
export const HISTORY_FIELDS = {
  ratings: {
    year: yearOf('Năm xếp loại'),
    rating: oneOf(RATINGS, 'Xếp loại'),
    track: governmentOrParty.optional(),
  },
  initiatives: {
    title: requiredText('Tên sáng kiến, đề tài', 500),
    type: oneOf(INITIATIVE_TYPES, 'Loại'),
    level: oneOf(LEVELS, 'Cấp công nhận'),
    recognisedDate: isoDate('Ngày công nhận'),
    appliedEffectively: z.boolean({ error: 'phải là true hoặc false' }).describe('Áp dụng hiệu quả').optional(),
    usedFor: usedFor.optional(),
  },
  achievements: {
    description: requiredText('Thành tích', 1000),
    kind: oneOf(ACHIEVEMENT_KINDS, 'Loại thành tích'),
    level: oneOf(LEVELS, 'Phạm vi ảnh hưởng'),
    date: isoDate('Ngày thành tích'),
    usedFor: usedFor.optional(),
  },
  discipline: {
    form: oneOf(DISCIPLINE_FORMS, 'Hình thức kỷ luật'),
    track: governmentOrParty.optional(),
    startDate: isoDate('Ngày bắt đầu'),
    endDate: endDate('Ngày kết thúc').optional(),
    decisionNumber: optionalText('Số quyết định', 100),
  },
  proceedings: {
    kind: oneOf(PROCEEDING_KINDS, 'Loại vụ việc'),
    startDate: isoDate('Ngày bắt đầu'),
    endDate: endDate('Ngày kết thúc').optional(),
    note: optionalText('Ghi chú', 500),
  },
  assessments: {
    year: yearOf('Năm đánh giá'),
    key: z.string({ error: 'là bắt buộc' }).regex(/^[A-Z][A-Z0-9_]{1,60}$/, 'gồm chữ in hoa, số và dấu gạch dưới (ví dụ THI_DUA)').describe('Tiêu chuẩn'),
    met: z.boolean({ error: 'phải là true (đạt) hoặc false (không đạt)' }).describe('Kết quả đánh giá'),
    note: optionalText('Ghi chú', 500),
  },
  'collective-years': {
    year: yearOf('Năm'),
    memberCount: count('Tổng số thành viên'),
    ldttCount: count('Số thành viên đạt Lao động tiên tiến').nullable().optional(),
    cstdcsCount: count('Số thành viên đạt Chiến sĩ thi đua cơ sở').nullable().optional(),
    completedTaskCount: count('Số thành viên hoàn thành nhiệm vụ').nullable().optional(),
    memberDiscipline: z
      .array(z.object({ form: oneOf(DISCIPLINE_FORMS, 'Hình thức kỷ luật'), date: isoDate('Ngày kỷ luật'), member: optionalText('Thành viên', 200) }))
      .max(500, 'tối đa 500 dòng')
      .describe('Thành viên bị kỷ luật')
      .optional(),
    leadsCluster: z.enum(['tinh', 'trung_uong'], { error: 'chỉ nhận tinh hoặc trung_uong' }).nullable().describe('Dẫn đầu cụm, khối thi đua').optional(),
    exceededTargets: z.boolean({ error: 'phải là true hoặc false' }).nullable().describe('Vượt chỉ tiêu').optional(),
    partyScore: z.number({ error: 'phải là số' }).min(0, 'từ 0 đến 100').max(100, 'từ 0 đến 100').nullable().describe('Điểm xếp loại tổ chức đảng').optional(),
    partyTasksCompletedShare: share('Tỷ lệ chỉ tiêu hoàn thành').nullable().optional(),
    partyTasksExceededShare: share('Tỷ lệ chỉ tiêu vượt mức').nullable().optional(),
  },
  exclusions: {
    kind: oneOf(GDVH_EXCLUSIONS, 'Trường hợp'),
    member: optionalText('Thành viên', 200),
    startDate: isoDate('Ngày bắt đầu'),
    endDate: endDate('Ngày kết thúc').optional(),
  },
} as const

export type HistoryKind = keyof typeof HISTORY_FIELDS
export const HISTORY_KINDS = Object.keys(HISTORY_FIELDS) as [HistoryKind, ...HistoryKind[]]

const createBody = <K extends HistoryKind>(kind: K) => z.object({ subjectKind, subjectId: uuid('Đối tượng'), ...HISTORY_FIELDS[kind] })
const updateBody = <K extends HistoryKind>(kind: K) => z.object({ version, ...z.object(HISTORY_FIELDS[kind]).partial().shape })

export const CREATE_BODIES = Object.fromEntries(HISTORY_KINDS.map((k) => [k, createBody(k)])) as { [K in HistoryKind]: ReturnType<typeof createBody<K>> }
export const UPDATE_BODIES = Object.fromEntries(HISTORY_KINDS.map((k) => [k, updateBody(k)])) as { [K in HistoryKind]: ReturnType<typeof updateBody<K>> }
/** A parsed create body of any kind (the kind's schema vouches for the field types). */
export type CreateRecordInput = { subjectKind: SubjectKind; subjectId: string } & Record<string, unknown>
export type UpdateRecordInput = { version: number } & Record<string, unknown>

export const subjectParams = z.object({ subjectKind, subjectId: uuid('Đối tượng') })
export const deleteQuery = z.object({ version: z.coerce.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().positive().describe('Phiên bản dữ liệu') })

export const recruitmentBody = z.object({
  version,
  recruitedOn: isoDate('Ngày tuyển dụng').nullable(),
})

export const importPreviewQuery = z.object({
  organizationId: uuid('Đơn vị').optional(),
})

export type RecruitmentInput = z.output<typeof recruitmentBody>
