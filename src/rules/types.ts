// The vocabulary of the law engine: subjects, yearly ratings, discipline forms, commendation kinds,
// and how sure we are of each legal fact (law.md marks ✅ confirmed, ⚠️ indirect, ❓ unconfirmed).

/** ✅ read in a source citing the article; ⚠️ secondary summary, local regulation or inference; ❓ not confirmed. */
export type Confidence = 'confirmed' | 'indirect' | 'unconfirmed'

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'Đã đối chiếu văn bản',
  indirect: 'Gián tiếp (tài liệu thứ cấp, văn bản địa phương hoặc suy luận)',
  unconfirmed: 'Chưa xác minh',
}

const CONFIDENCE_ORDER: Confidence[] = ['unconfirmed', 'indirect', 'confirmed']

/** The weakest of several confidences: a conclusion is only as sure as its least sure input. */
export function weakest(...levels: Confidence[]): Confidence {
  return levels.reduce((a, b) => (CONFIDENCE_ORDER.indexOf(a) <= CONFIDENCE_ORDER.indexOf(b) ? a : b), 'confirmed')
}

/** Cá nhân, tập thể, hộ gia đình (Luật TĐKT 2022, Điều 19, 20). */
export const SUBJECT_KINDS = { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' } as const
export type SubjectKind = keyof typeof SUBJECT_KINDS

/** Which system confers: the State (chính quyền), the Party, or the Front and mass organisations. */
export const TRACKS = { government: 'Chính quyền', party: 'Đảng', mass: 'Mặt trận, đoàn thể' } as const
export type Track = keyof typeof TRACKS

/** Yearly rating (xếp loại chất lượng) of a person, a collective or a Party organisation, best first. */
export const RATINGS = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
} as const
export type Rating = keyof typeof RATINGS
const RATING_RANK: Record<Rating, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHT: 1 }

export function ratingAtLeast(rating: Rating, minimum: Rating): boolean {
  return RATING_RANK[rating] >= RATING_RANK[minimum]
}

/** Loại hình khen thưởng (Luật TĐKT 2022, Điều 8). */
export const COMMENDATION_KINDS = {
  cong_trang: 'Khen thưởng công trạng (thường xuyên)',
  phong_trao: 'Khen thưởng phong trào thi đua theo đợt, chuyên đề',
  dot_xuat: 'Khen thưởng đột xuất',
  cong_hien: 'Khen thưởng quá trình cống hiến',
  nien_han: 'Khen thưởng theo niên hạn',
  doi_ngoai: 'Khen thưởng đối ngoại',
} as const
export type CommendationKind = keyof typeof COMMENDATION_KINDS

/** Discipline forms (hình thức kỷ luật) of civil-service and Party rules, ranked by severity. */
export const DISCIPLINE_FORMS = {
  khien_trach: { label: 'Khiển trách', rank: 1 },
  canh_cao: { label: 'Cảnh cáo', rank: 2 },
  ha_bac_luong: { label: 'Hạ bậc lương', rank: 3 },
  giang_chuc: { label: 'Giáng chức', rank: 4 },
  cach_chuc: { label: 'Cách chức', rank: 5 },
  buoc_thoi_viec: { label: 'Buộc thôi việc', rank: 6 },
  khai_tru: { label: 'Khai trừ', rank: 6 },
} as const
export type DisciplineForm = keyof typeof DISCIPLINE_FORMS

export function disciplineAtLeast(form: DisciplineForm, minimum: DisciplineForm): boolean {
  return DISCIPLINE_FORMS[form].rank >= DISCIPLINE_FORMS[minimum].rank
}

/** Level that recognised an initiative or an achievement, or the reach of its influence. */
export const LEVELS = { don_vi: 'Đơn vị', co_so: 'Cơ sở', xa: 'Cấp xã', tinh: 'Cấp tỉnh, bộ, ngành', toan_quoc: 'Toàn quốc' } as const
export type Level = keyof typeof LEVELS
const LEVEL_RANK: Record<Level, number> = { don_vi: 1, co_so: 1, xa: 2, tinh: 3, toan_quoc: 4 }

export function levelAtLeast(level: Level, minimum: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[minimum]
}

/** An inclusive span of ISO dates (YYYY-MM-DD). */
export interface DateSpan {
  from: string
  to: string
}
