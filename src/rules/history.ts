// The subject's history as plain data (what the database layer will fill): yearly ratings, titles and
// awards received, initiatives, achievements, discipline, pending proceedings, the unit's qualitative
// assessments, and per kind the yearly results of a collective or the exclusions of a household.
import { z } from 'zod'
import { AUTHORITY_CODES } from './authorities.ts'
import { CATALOGUE_CODES } from './catalogue/types.ts'
import { COMMENDATION_KINDS, DISCIPLINE_FORMS, LEVELS, RATINGS, SUBJECT_KINDS, TRACKS } from './types.ts'

const keysOf = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

export const isoDate = z.iso.date({ error: 'phải là ngày có thật, dạng YYYY-MM-DD' })
export const yearNumber = z.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'năm phải từ 1945').max(2100, 'năm phải trước 2100')
const id = z.string({ error: 'phải là chuỗi ký tự' }).min(1, 'không được để trống').max(100, 'tối đa 100 ký tự')
const text = (max: number) => z.string({ error: 'phải là chuỗi ký tự' }).max(max, `tối đa ${max} ký tự`)
const share = z.number({ error: 'phải là tỷ lệ từ 0 đến 1' }).min(0, 'tỷ lệ từ 0 đến 1').max(1, 'tỷ lệ từ 0 đến 1')
const count = z.number({ error: 'phải là số' }).int('phải là số nguyên').min(0, 'không được âm')

export const catalogueCode = z.enum(CATALOGUE_CODES, { error: (issue) => `mã danh hiệu/hình thức không có trong danh mục: ${JSON.stringify(issue.input)}` })
const subjectKind = z.enum(keysOf(SUBJECT_KINDS), { error: 'phải là individual (cá nhân), collective (tập thể) hoặc household (hộ gia đình)' })
export const track = z.enum(keysOf(TRACKS), { error: 'phải là government (chính quyền), party (Đảng) hoặc mass (đoàn thể)' })
export const rating = z.enum(keysOf(RATINGS), { error: 'phải là HTXSNV, HTTNV, HTNV hoặc KHT' })
export const commendationKind = z.enum(keysOf(COMMENDATION_KINDS), { error: `phải là một trong: ${Object.keys(COMMENDATION_KINDS).join(', ')}` })
export const disciplineForm = z.enum(keysOf(DISCIPLINE_FORMS), { error: `phải là một trong: ${Object.keys(DISCIPLINE_FORMS).join(', ')}` })
const level = z.enum(keysOf(LEVELS), { error: `phải là một trong: ${Object.keys(LEVELS).join(', ')}` })
export const authorityCode = z.enum(AUTHORITY_CODES, { error: `phải là một trong: ${AUTHORITY_CODES.join(', ')}` })
/** A judgement key: the national ones in judgements.ts or one a province defines. */
export const judgementKey = z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/, 'mã tiêu chuẩn gồm chữ in hoa, số và dấu gạch dưới (ví dụ THI_DUA)')

/** What an initiative or achievement was already used for (an initiative counts once). */
const usedFor = z.strictObject({ code: catalogueCode, year: yearNumber }).nullable().default(null)

const ratingRecord = z.strictObject({
  year: yearNumber,
  rating,
  /** Whose rating: the State employer (default) or the Party (đảng viên, tổ chức đảng). */
  track: track.default('government'),
})

const awardRecord = z.strictObject({
  code: catalogueCode,
  /** The year the achievement refers to (for a chain award, its last year). */
  year: yearNumber,
  date: isoDate.optional(),
  decisionNumber: text(100).optional(),
  track: track.optional(),
  /** Level of the authority that conferred it, as recorded (cấp xã, cấp tỉnh…). */
  level: z.enum(['central', 'ministry', 'province', 'district', 'commune', 'unit'], { error: 'phải là central, ministry, province, district, commune hoặc unit' }).optional(),
  kind: commendationKind.default('cong_trang'),
  /** The achievement record it commended, when known. */
  achievementRef: id.optional(),
})

const initiativeRecord = z.strictObject({
  id,
  title: text(500),
  /** sáng kiến, đề tài khoa học (nghiệm thu), mưu trí trong chiến đấu. */
  type: z.enum(['sang_kien', 'de_tai', 'muu_tri'], { error: 'phải là sang_kien, de_tai hoặc muu_tri' }),
  /** Level that recognised it and the reach of its effect (cơ sở, tỉnh, toàn quốc). */
  level,
  recognisedDate: isoDate,
  appliedEffectively: z.boolean().default(false),
  usedFor,
})

const achievementRecord = z.strictObject({
  id,
  description: text(1000),
  /** phong_trao: recognised in an emulation review; dot_xuat: exceptional; dong_gop: contribution of labour, land, assets; cong_trang: many achievements. */
  kind: z.enum(['phong_trao', 'dot_xuat', 'dong_gop', 'cong_trang'], { error: 'phải là phong_trao, dot_xuat, dong_gop hoặc cong_trang' }),
  level,
  date: isoDate,
  usedFor,
})

const disciplineRecord = z.strictObject({
  form: disciplineForm,
  track: track.default('government'),
  startDate: isoDate,
  /** The last day of the discipline period; absent: computed from the form's usual length. */
  endDate: isoDate.nullable().default(null),
  decisionNumber: text(100).optional(),
})

export const PROCEEDING_KINDS = {
  xem_xet_ky_luat: 'đang xem xét kỷ luật',
  dieu_tra: 'đang điều tra',
  thanh_tra: 'đang thanh tra',
  kiem_tra: 'đang kiểm tra khi có dấu hiệu vi phạm',
  khieu_nai: 'đang giải quyết khiếu nại',
  to_cao: 'đang giải quyết tố cáo',
  bao_chi: 'đang xác minh vụ việc báo chí nêu',
} as const

const proceedingRecord = z.strictObject({
  kind: z.enum(keysOf(PROCEEDING_KINDS), { error: `phải là một trong: ${Object.keys(PROCEEDING_KINDS).join(', ')}` }),
  startDate: isoDate,
  /** The day it concluded; absent while it is still open. */
  endDate: isoDate.nullable().default(null),
  note: text(500).optional(),
})

const assessmentRecord = z.strictObject({
  year: yearNumber,
  key: judgementKey,
  met: z.boolean({ error: 'phải là true hoặc false' }),
  note: text(500).optional(),
})

const collectiveYearRecord = z.strictObject({
  year: yearNumber,
  memberCount: count,
  ldttCount: count.optional(),
  cstdcsCount: count.optional(),
  completedTaskCount: count.optional(),
  memberDiscipline: z.array(z.strictObject({ form: disciplineForm, date: isoDate, member: text(200).optional() })).default([]),
  /** Led its emulation cluster or bloc: one organised by the province or ministry, or by the Central Council. */
  leadsCluster: z.enum(['tinh', 'trung_uong'], { error: 'phải là tinh hoặc trung_uong' }).nullable().default(null),
  exceededTargets: z.boolean().optional(),
  /** Party organisation rating inputs (Quy định 366-QĐ/TW, Điều 11). */
  partyScore: z.number().min(0).max(100).optional(),
  partyTasksCompletedShare: share.optional(),
  partyTasksExceededShare: share.optional(),
})

export const GDVH_EXCLUSIONS = {
  truy_cuu_hinh_su: 'thành viên đang bị truy cứu trách nhiệm hình sự',
  nghia_vu_quan_su: 'thành viên không thực hiện nghĩa vụ quân sự',
  nghia_vu_thue: 'thành viên không thực hiện nghĩa vụ nộp thuế',
  xu_phat_hon_nhan: 'thành viên bị xử phạt vi phạm hành chính về tảo hôn, tổ chức tảo hôn, hôn nhân và gia đình, chế độ một vợ một chồng',
  xu_phat_trat_tu: 'thành viên bị xử phạt vi phạm hành chính về trật tự công cộng, đánh bạc, tệ nạn xã hội, phòng cháy chữa cháy hoặc bạo lực gia đình',
} as const

const exclusionRecord = z.strictObject({
  kind: z.enum(keysOf(GDVH_EXCLUSIONS), { error: `phải là một trong: ${Object.keys(GDVH_EXCLUSIONS).join(', ')}` }),
  member: text(200).optional(),
  /** The sanction date, or the start of the prosecution. */
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
})

export const subjectHistory = z.strictObject({
  id: id.optional(),
  name: text(300).optional(),
  kind: subjectKind,
  birthDate: isoDate.nullable().optional(),
  recruitmentDate: isoDate.nullable().optional(),
  /** state: cán bộ, công chức, viên chức, người lao động; outside_state: công nhân, nông dân, người lao động khác (Luật TĐKT 2022, Điều 24). */
  employment: z.enum(['state', 'outside_state'], { error: 'phải là state hoặc outside_state' }).optional(),
  establishedDate: isoDate.nullable().optional(),
  ratings: z.array(ratingRecord).default([]),
  awards: z.array(awardRecord).default([]),
  initiatives: z.array(initiativeRecord).default([]),
  achievements: z.array(achievementRecord).default([]),
  discipline: z.array(disciplineRecord).default([]),
  proceedings: z.array(proceedingRecord).default([]),
  assessments: z.array(assessmentRecord).default([]),
  collectiveYears: z.array(collectiveYearRecord).default([]),
  exclusions: z.array(exclusionRecord).default([]),
})

export type SubjectHistory = z.output<typeof subjectHistory>
/** What callers pass: arrays and defaults may be omitted. */
export type SubjectHistoryInput = z.input<typeof subjectHistory>
export type RatingRecord = SubjectHistory['ratings'][number]
export type AwardRecord = SubjectHistory['awards'][number]
export type InitiativeRecord = SubjectHistory['initiatives'][number]
export type AchievementRecord = SubjectHistory['achievements'][number]
export type DisciplineRecord = SubjectHistory['discipline'][number]
export type CollectiveYear = SubjectHistory['collectiveYears'][number]
