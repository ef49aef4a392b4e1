// Demo histories for Bình Thành and Bắc Sơn, so the eligible lists of the 2025 review and of the 2026 one
// (opened in November 2026) show a realistic mix: the staff's recruitment dates and ratings 2020–2026, the
// unit's assessments of 2025 and 2026, LĐTT every good year until 2024 and CSTĐCS for some (with decision
// numbers; the 2025 titles are left to the demo's own workflow), Giấy khen and Bằng khen, a few initiatives
// (one already used, two of 2026), achievements, a reprimand of 2025 that has ended and one of 2026 still in
// force, one pending complaint; the yearly results of a few units for 2025 and 2026; the households' Gia
// đình văn hóa years, their 2025 and 2026 assessments and one exclusion each year. Deterministic (seeded
// PRNG; 2026 draws from its own stream, so the 2025 rows stay as they were), written through the history
// and registry repositories in the demo seeding's transaction.
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { CatalogueCode, Rating, Track } from '../../rules/index.ts'
import { HISTORY_SPECS, mergeFields, type RecordFields } from '../modules/history/history-kinds.ts'
import type { HistoryKind } from '../modules/history/history.schemas.ts'
import { insertHistoryRows, type NewHistoryRecord } from '../modules/history/history.repository.ts'
import { setRecruitedOn } from '../modules/history/subjects.repository.ts'
import { insertAwards, type AwardLevel, type AwardWrite } from '../modules/registry/registry.repository.ts'
import { CATALOGUE } from '../../rules/index.ts'
import { DEMO_SEED, type DemoData, type DemoHousehold, type DemoOrganization, type DemoPerson } from './demo-data.ts'
import { Rng } from './demo-random.ts'

const COMMUNES = [
  { key: 'binhThanh', name: 'Bình Thành', district: 'Định Hóa' },
  { key: 'bacSon', name: 'Bắc Sơn', district: 'Phổ Yên' },
] as const
type Commune = (typeof COMMUNES)[number]

const RATING_WEIGHTS = [['HTXSNV', 2], ['HTTNV', 6.5], ['HTNV', 1.2], ['KHT', 0.3]] as const
const GOOD = new Set(['HTXSNV', 'HTTNV'])
const STATE_CATEGORIES = new Set(['can_bo', 'cong_chuc', 'vien_chuc'])

type Subject = { kind: 'individual'; person: DemoPerson } | { kind: 'collective'; org: DemoOrganization } | { kind: 'household'; household: DemoHousehold }

/** Everything to insert, gathered first so each table takes a few multi-row statements. */
class Histories {
  readonly records = new Map<HistoryKind, NewHistoryRecord[]>()
  readonly awards: AwardWrite[] = []
  readonly recruited: { personId: string; recruitedOn: string }[] = []

  add(kind: HistoryKind, subject: Subject, fields: RecordFields): void {
    const spec = HISTORY_SPECS[kind]
    const list = this.records.get(kind) ?? []
    list.push({ id: randomUUID(), subjectKind: subject.kind, subjectId: idOf(subject), fields: mergeFields(spec, spec.defaults, fields) })
    this.records.set(kind, list)
  }

  award(subject: Subject, code: CatalogueCode, year: number, decision: { number: string; date: string; issuer: string; level: AwardLevel }, extra: Partial<AwardWrite> = {}): void {
    const entry = CATALOGUE[code]
    this.awards.push({
      id: randomUUID(), subjectKind: subject.kind, subjectId: idOf(subject), code, name: entry.name, track: entry.track, level: decision.level, year,
      decisionNumber: decision.number, decisionDate: decision.date, decisionIssuer: decision.issuer, kind: 'cong_trang', campaignId: null, achievement: null, source: 'manual',
      subjectName: subject.kind === 'individual' ? subject.person.fullName : subject.kind === 'collective' ? subject.org.name : `Hộ ${subject.household.headName}`,
      subjectBirthDate: subject.kind === 'individual' ? subject.person.birthDate : null,
      subjectCccd: subject.kind === 'individual' ? subject.person.cccd : null,
      ...extra,
    })
  }

  /** A form outside the catalogue (an old or a mass organisation's own form): its name as written and its track. */
  freeAward(subject: Subject, name: string, track: Track, year: number, decision: { number: string; date: string; issuer: string; level: AwardLevel }, achievement: string): void {
    this.award(subject, 'GIAY_KHEN_TO_CHUC_CT_XH', year, decision, { code: null, name, track, achievement })
  }
}

const idOf = (s: Subject): string => (s.kind === 'individual' ? s.person.id : s.kind === 'collective' ? s.org.id : s.household.id)
const person = (p: DemoPerson): Subject => ({ kind: 'individual', person: p })
const pad = (n: number) => String(n).padStart(2, '0')

/** The yearly decisions of a commune: LĐTT by the commune chair, CSTĐCS by the district chair (until 30/06/2025), GĐVH. */
function decisions(c: Commune, year: number) {
  const base = c.key === 'binhThanh' ? 200 : 160
  return {
    ldtt: { number: `${base + year - 2019}/QĐ-UBND`, date: `${year}-12-${pad(20 + (year % 5))}`, issuer: `Chủ tịch UBND xã ${c.name}`, level: 'commune' as const },
    cstdcs: { number: `${1850 + (year - 2019) * 7 + (c.key === 'bacSon' ? 3 : 0)}/QĐ-UBND`, date: `${year}-12-28`, issuer: `Chủ tịch UBND huyện ${c.district}`, level: 'district' as const },
    gdvh: { number: `${base + 40 + year - 2019}/QĐ-UBND`, date: `${year}-12-15`, issuer: `Chủ tịch UBND xã ${c.name}`, level: 'commune' as const },
  }
}

/** What some named people have instead of drawn values. */
interface Fixed {
  recruitedOn?: string
  ratings?: Record<number, Rating>
  cstdcs?: number[]
}

const FIXED: Record<string, Fixed> = {
  // Two years "xuất sắc" and two unused initiatives: ready for the Bằng khen of the provincial chairman in 2025.
  'binhThanh:principalPrimary': { recruitedOn: '1995-09-01', ratings: { 2020: 'HTTNV', 2021: 'HTTNV', 2022: 'HTXSNV', 2023: 'HTTNV', 2024: 'HTXSNV', 2025: 'HTXSNV' }, cstdcs: [2022, 2024] },
  // Joined in September 2025: too new for LĐTT this year.
  'bacSon:teacherPreschool': { recruitedOn: '2025-09-01', ratings: { 2025: 'HTTNV' } },
}

/** 2026 ratings of named people (the rest are drawn): the principal "xuất sắc" again, so still ready for the
 *  Bằng khen (2025–2026 and two initiatives); the preschool teacher, 14 months in by the end of 2026, now
 *  eligible for LĐTT; the mathematics teacher whose 2026 initiative is the way to CSTĐCS. */
const RATINGS_2026: Record<string, Rating> = {
  'binhThanh:principalPrimary': 'HTXSNV',
  'binhThanh:teacherSecondary2': 'HTTNV',
  'bacSon:teacherPreschool': 'HTTNV',
}

/** Staff of a State body: recruited, rated every year, LĐTT in good years, CSTĐCS now and then, assessed for 2025. */
function staffHistory(h: Histories, rng: Rng, c: Commune, p: DemoPerson): void {
  const fixed = (p.key && FIXED[p.key]) || {}
  const born = Number(p.birthDate.slice(0, 4))
  const recruitedOn = fixed.recruitedOn ?? `${Math.min(2025, born + rng.int(21, 27))}-${pad(rng.int(7, 9))}-01`
  h.recruited.push({ personId: p.id, recruitedOn })
  const subject = person(p)
  for (let year = Math.max(2020, Number(recruitedOn.slice(0, 4))); year <= 2025; year++) {
    const rating = fixed.ratings ? fixed.ratings[year] : year === 2025 && rng.chance(0.08) ? undefined : rng.weighted(RATING_WEIGHTS)
    if (!rating) continue // not reviewed yet
    h.add('ratings', subject, { year, rating })
    if (year === 2025 || !GOOD.has(rating)) continue
    h.award(subject, 'LDTT', year, decisions(c, year).ldtt)
    const cstdcs = fixed.cstdcs ? fixed.cstdcs.includes(year) : rating === 'HTXSNV' && year >= 2021 && rng.chance(0.6)
    if (cstdcs) h.award(subject, 'CSTDCS', year, decisions(c, year).cstdcs)
  }
  if (rng.chance(0.93)) h.add('assessments', subject, { year: 2025, key: 'TU_LUC_DOAN_KET', met: true })
  if (rng.chance(0.93)) h.add('assessments', subject, { year: 2025, key: 'THI_DUA', met: rng.chance(0.95) })
  if (fixed.ratings || rng.chance(0.85)) h.add('assessments', subject, { year: 2025, key: 'GUONG_MAU', met: true })
  if (rng.chance(0.3)) {
    h.add('achievements', subject, {
      description: rng.pick(['Tích cực trong phong trào thi đua "Dân vận khéo"', 'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số cấp xã', 'Có thành tích trong phong trào "Cả nước chung tay vì người nghèo"', 'Tiêu biểu trong phong trào thi đua chào mừng Đại hội Đảng bộ xã']),
      kind: 'phong_trao', level: 'xa', date: `2025-${pad(rng.int(3, 10))}-${pad(rng.int(1, 28))}`,
    })
  }
}

/**
 * The same staff in 2026, as recorded by November: the year's rating (a few not yet reviewed), the
 * assessments the LĐTT and CSTĐCS standards read, now and then an achievement. No 2026 title yet: the
 * commune decides them in December.
 */
function staffYear2026(h: Histories, rng: Rng, p: DemoPerson): void {
  const subject = person(p)
  const fixed = p.key ? RATINGS_2026[p.key] : undefined
  const rating = fixed ?? (rng.chance(0.1) ? undefined : rng.weighted(RATING_WEIGHTS))
  if (rating) h.add('ratings', subject, { year: 2026, rating })
  if (fixed || rng.chance(0.9)) h.add('assessments', subject, { year: 2026, key: 'TU_LUC_DOAN_KET', met: true })
  if (fixed || rng.chance(0.9)) h.add('assessments', subject, { year: 2026, key: 'THI_DUA', met: fixed !== undefined || rng.chance(0.95) })
  if (fixed || rng.chance(0.8)) h.add('assessments', subject, { year: 2026, key: 'GUONG_MAU', met: true })
  if (rng.chance(0.2)) {
    h.add('achievements', subject, {
      description: rng.pick(['Tích cực trong phong trào thi đua "Bình dân học vụ số"', 'Hoàn thành tốt nhiệm vụ vận hành chính quyền địa phương hai cấp', 'Có thành tích trong phong trào xóa nhà tạm, nhà dột nát', 'Tiêu biểu trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc"']),
      kind: 'phong_trao', level: 'xa', date: `2026-${pad(rng.int(2, 10))}-${pad(rng.int(1, 28))}`,
    })
  }
}

/** The people the brief of each commune names: a principal ready for the Bằng khen, a reprimand, a complaint, a new teacher. */
function namedCases(h: Histories, c: Commune, byKey: (key: string) => DemoPerson): void {
  if (c.key === 'binhThanh') {
    const principal = person(byKey('binhThanh:principalPrimary'))
    h.add('initiatives', principal, { title: 'Tổ chức dạy học tiếng Việt cho học sinh dân tộc Tày lớp 1', type: 'sang_kien', level: 'co_so', recognisedDate: '2024-04-22', appliedEffectively: true, usedFor: { code: 'CSTDCS', year: 2024 } })
    h.add('initiatives', principal, { title: 'Xây dựng thư viện xanh ở trường tiểu học vùng cao', type: 'sang_kien', level: 'co_so', recognisedDate: '2024-10-15', appliedEffectively: true })
    h.add('initiatives', principal, { title: 'Ứng dụng học bạ số trong quản lý học sinh', type: 'sang_kien', level: 'xa', recognisedDate: '2025-05-20', appliedEffectively: true })
    h.award(principal, 'GIAY_KHEN_CHU_TICH_HUYEN', 2023, { number: '2961/QĐ-UBND', date: '2023-12-29', issuer: 'Chủ tịch UBND huyện Định Hóa', level: 'district' })

    const secretary = person(byKey('binhThanh:partySecretary'))
    h.award(secretary, 'BANG_KHEN_CHU_TICH_TINH', 2024, { number: '3021/QĐ-UBND', date: '2025-01-08', issuer: 'Chủ tịch UBND tỉnh Thái Nguyên', level: 'province' })
    h.award(secretary, 'GIAY_KHEN_DANG_UY_DANG_VIEN', 2024, { number: '45-QĐ/ĐU', date: '2025-01-20', issuer: 'Đảng ủy xã Bình Thành', level: 'commune' })
    h.award(person(byKey('binhThanh:phunu')), 'GIAY_KHEN_TO_CHUC_CT_XH', 2024, { number: '112/QĐ-HLHPN', date: '2024-12-18', issuer: 'Ban Thường vụ Hội LHPN tỉnh Thái Nguyên', level: 'province' })
    h.freeAward(person(byKey('binhThanh:congdoan')), 'Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn', 'mass', 2023, { number: '88/QĐ-TLĐ', date: '2023-12-26', issuer: 'Tổng Liên đoàn Lao động Việt Nam', level: 'central' }, 'Có nhiều đóng góp cho hoạt động Công đoàn')
    // Village heads who farm: LĐTT for workers outside the State (Luật TĐKT 2022, Điều 24), judged by the xóm's review.
    for (const village of ['Xóm Đồng Tâm', 'Xóm Khang Thịnh']) {
      const head = person(byKey(`binhThanh:head:${village}`))
      for (const key of ['SAN_XUAT', 'THI_DUA', 'GUONG_MAU', 'CONG_DONG']) h.add('assessments', head, { year: 2025, key, met: true })
    }
    h.add('discipline', person(byKey('binhThanh:tuphap')), { form: 'khien_trach', startDate: '2025-03-14', endDate: '2025-09-13', decisionNumber: '37/QĐ-UBND' })
    h.add('achievements', person(byKey('binhThanh:doctor')), { description: 'Dập tắt ổ dịch sốt xuất huyết tại xóm Đồng Hút, không để lây lan', kind: 'dot_xuat', level: 'tinh', date: '2025-08-12' })
  } else {
    h.add('proceedings', person(byKey('bacSon:taichinh')), { kind: 'khieu_nai', startDate: '2025-11-03', note: 'Khiếu nại về việc thanh toán chế độ làm thêm giờ, đang xác minh' })
    h.add('initiatives', person(byKey('bacSon:vanphong')), { title: 'Quy trình số hóa hồ sơ một cửa của xã', type: 'sang_kien', level: 'co_so', recognisedDate: '2025-10-20', appliedEffectively: true })
    // what the school's review recorded for the teacher it proposes under 141/KH-UBND (the Giấy khen's achievement)
    const teacher = person(byKey('bacSon:teacherPrimary'))
    h.add('achievements', teacher, { description: 'Bồi dưỡng học sinh đạt giải cấp tỉnh Giao lưu Tiếng Việt của chúng em, hưởng ứng Đợt thi đua chào mừng Đại hội XIV của Đảng', kind: 'phong_trao', level: 'don_vi', date: '2025-05-15' })
    h.add('assessments', teacher, { year: 2025, key: 'GUONG_MAU', met: true })
    h.award(person(byKey('bacSon:chairman')), 'BANG_KHEN_CHU_TICH_TINH', 2023, { number: '2874/QĐ-UBND', date: '2024-01-12', issuer: 'Chủ tịch UBND tỉnh Thái Nguyên', level: 'province' })
  }
}

/** 2026 of the named people: two initiatives, a reprimand in force on the review date, the village heads' reviews. */
function namedCases2026(h: Histories, c: Commune, byKey: (key: string) => DemoPerson): void {
  if (c.key === 'binhThanh') {
    h.add('initiatives', person(byKey('binhThanh:principalPrimary')), { title: 'Câu lạc bộ đọc sách song ngữ Tày – Việt cho học sinh tiểu học', type: 'sang_kien', level: 'co_so', recognisedDate: '2026-05-18', appliedEffectively: true })
    h.add('initiatives', person(byKey('binhThanh:teacherSecondary2')), { title: 'Dạy học Toán qua dự án gắn với sản xuất chè của địa phương', type: 'sang_kien', level: 'co_so', recognisedDate: '2026-06-02', appliedEffectively: true })
    h.add('discipline', person(byKey('binhThanh:motcua')), { form: 'khien_trach', startDate: '2026-08-12', endDate: '2027-02-11', decisionNumber: '118/QĐ-UBND' })
    for (const village of ['Xóm Đồng Tâm', 'Xóm Khang Thịnh']) {
      const head = person(byKey(`binhThanh:head:${village}`))
      for (const key of ['SAN_XUAT', 'THI_DUA', 'GUONG_MAU', 'CONG_DONG']) h.add('assessments', head, { year: 2026, key, met: true })
    }
  }
}

/** Yearly results of a few units: one clearly TTLĐTT, one below the LĐTT share, one with a member disciplined. */
function collectiveResults(h: Histories, org: (key: string) => DemoOrganization, c: Commune): void {
  const units = c.key === 'binhThanh'
    ? [['binhThanh:tieuhoc', 24, 21, 'HTXSNV', []], ['binhThanh:thcs', 31, 20, 'HTTNV', []], ['binhThanh:tramyte', 9, 8, 'HTTNV', [{ form: 'canh_cao', date: '2025-06-10', member: 'Một nhân viên y tế' }]], ['binhThanh:ubnd', 22, 19, 'HTTNV', []]] as const
    : [['bacSon:tieuhoc', 26, 23, 'HTTNV', []], ['bacSon:mamnon', 18, 16, 'HTXSNV', []]] as const
  const district = decisions(c, 2024).cstdcs
  for (const [key, members, ldtt, rating, memberDiscipline] of units) {
    const subject: Subject = { kind: 'collective', org: org(key) }
    h.add('ratings', subject, { year: 2025, rating })
    h.add('collective-years', subject, { year: 2025, memberCount: members, ldttCount: ldtt, cstdcsCount: Math.floor(ldtt / 8), completedTaskCount: members, memberDiscipline })
    for (const judgement of ['THI_DUA', 'NOI_BO_DOAN_KET', 'GUONG_MAU']) h.add('assessments', subject, { year: 2025, key: judgement, met: true })
    h.award(subject, 'TTLDTT', 2024, district)
  }
  const villages = c.key === 'binhThanh' ? ['Xóm Đồng Tâm', 'Xóm Khang Thịnh', 'Xóm Na Mao'] : ['Thôn Kim Sơn']
  for (const name of villages) {
    const subject: Subject = { kind: 'collective', org: org(`${c.key}:${name}`) }
    for (const judgement of ['TVH_KINH_TE', 'TVH_VAN_HOA', 'TVH_MOI_TRUONG', 'TVH_AN_NINH', 'TVH_DOAN_KET']) h.add('assessments', subject, { year: 2025, key: judgement, met: true })
  }
  if (c.key === 'bacSon') {
    // What Bắc Sơn's reviews recorded for the collectives it proposes under 141/KH-UBND: the village's Giấy khen
    // (its year's result, its internal unity, its campaign achievement) and the preschool's Bằng khen (a
    // province-level movement it led).
    const kimSon: Subject = { kind: 'collective', org: org('bacSon:Thôn Kim Sơn') }
    h.add('ratings', kimSon, { year: 2025, rating: 'HTTNV' })
    for (const judgement of ['NOI_BO_DOAN_KET', 'GUONG_MAU']) h.add('assessments', kimSon, { year: 2025, key: judgement, met: true })
    h.add('achievements', kimSon, { description: 'Dẫn đầu xã trong phong trào làm đường giao thông nông thôn, hưởng ứng Đợt thi đua chào mừng Đại hội XIV của Đảng', kind: 'phong_trao', level: 'xa', date: '2025-09-30' })
    h.add('achievements', { kind: 'collective', org: org('bacSon:mamnon') }, {
      description: 'Tiêu biểu của tỉnh trong phong trào thi đua "Xây dựng trường học xanh – sạch – đẹp – an toàn" do UBND tỉnh phát động', kind: 'phong_trao', level: 'tinh', date: '2025-06-20',
    })
  }
}

/** 2026 results of the same units, recorded by November: the school again TTLĐTT, the secondary school still
 *  below the LĐTT share, the office with its reprimanded member (below the threshold), the health station's
 *  figures not yet in; the villages' reviews (one criterion failed, one village not yet reviewed). */
function collectiveResults2026(h: Histories, org: (key: string) => DemoOrganization, c: Commune): void {
  const units = c.key === 'binhThanh'
    ? [['binhThanh:tieuhoc', 24, 22, 'HTXSNV', []], ['binhThanh:thcs', 31, 21, 'HTTNV', []], ['binhThanh:ubnd', 22, 18, 'HTTNV', [{ form: 'khien_trach', date: '2026-08-12', member: 'Một công chức Trung tâm Phục vụ hành chính công' }]]] as const
    : [['bacSon:tieuhoc', 26, 22, 'HTTNV', []], ['bacSon:mamnon', 18, 17, 'HTXSNV', []]] as const
  for (const [key, members, ldtt, rating, memberDiscipline] of units) {
    const subject: Subject = { kind: 'collective', org: org(key) }
    h.add('ratings', subject, { year: 2026, rating })
    h.add('collective-years', subject, { year: 2026, memberCount: members, ldttCount: ldtt, cstdcsCount: Math.floor(ldtt / 8), completedTaskCount: members, memberDiscipline })
    for (const judgement of ['THI_DUA', 'NOI_BO_DOAN_KET', 'GUONG_MAU']) h.add('assessments', subject, { year: 2026, key: judgement, met: true })
  }
  const villages = c.key === 'binhThanh' ? [['Xóm Đồng Tâm', true], ['Xóm Khang Thịnh', false]] as const : [['Thôn Kim Sơn', true]] as const
  for (const [name, clean] of villages) {
    const subject: Subject = { kind: 'collective', org: org(`${c.key}:${name}`) }
    for (const judgement of ['TVH_KINH_TE', 'TVH_VAN_HOA', 'TVH_MOI_TRUONG', 'TVH_AN_NINH', 'TVH_DOAN_KET']) h.add('assessments', subject, { year: 2026, key: judgement, met: clean || judgement !== 'TVH_MOI_TRUONG' })
  }
}

/** Gia đình văn hóa in 2023 and 2024 for most households, the 2025 assessment, one member sanctioned in 2025. */
function householdHistory(h: Histories, rng: Rng, c: Commune, households: readonly DemoHousehold[]): void {
  households.forEach((household, i) => {
    const subject: Subject = { kind: 'household', household }
    for (const year of [2023, 2024]) if (rng.chance(0.75)) h.award(subject, 'GIA_DINH_VAN_HOA', year, decisions(c, year).gdvh)
    const assessed = rng.float()
    if (assessed < 0.85) h.add('assessments', subject, { year: 2025, key: 'GDVH_TIEU_CHUAN', met: assessed < 0.75 })
    if (i === 2) h.add('exclusions', subject, { kind: 'xu_phat_trat_tu', member: 'Con trai chủ hộ', startDate: '2025-05-17' })
  })
}

/** The households' 2026 assessment as recorded by November (a few villages still reviewing), one member sanctioned in 2026. */
function householdYear2026(h: Histories, rng: Rng, households: readonly DemoHousehold[]): void {
  households.forEach((household, i) => {
    const subject: Subject = { kind: 'household', household }
    const assessed = rng.float()
    if (assessed < 0.8) h.add('assessments', subject, { year: 2026, key: 'GDVH_TIEU_CHUAN', met: assessed < 0.72 })
    if (i === 5) h.add('exclusions', subject, { kind: 'xu_phat_hon_nhan', member: 'Chủ hộ', startDate: '2026-03-23' })
  })
}

export async function seedHistory(db: Db, provinceId: string, data: DemoData): Promise<void> {
  const rng = new Rng(DEMO_SEED + 2025)
  const rng2026 = new Rng(DEMO_SEED + 2026)
  const orgById = new Map(data.organizations.map((o) => [o.id, o]))
  const org = (key: string) => data.organizationByKey.get(key) ?? failKey('organization', key)
  const byKey = (key: string) => data.personByKey.get(key) ?? failKey('person', key)
  const h = new Histories()
  for (const c of COMMUNES) {
    const root = org(c.key)
    const inCommune = (organizationId: string) => orgById.get(organizationId)!.path.startsWith(root.path)
    const staff = data.people.filter((p) => inCommune(p.organizationId) && (STATE_CATEGORIES.has(p.category) || (p.category === 'nguoi_lao_dong' && orgById.get(p.organizationId)!.kind !== 'enterprise')))
    const households = data.households.filter((household) => inCommune(household.organizationId))
    for (const p of staff) staffHistory(h, rng, c, p)
    namedCases(h, c, byKey)
    collectiveResults(h, org, c)
    householdHistory(h, rng, c, households)
    // 2026 from its own stream, after every 2025 draw of the commune.
    for (const p of staff) staffYear2026(h, rng2026, p)
    namedCases2026(h, c, byKey)
    collectiveResults2026(h, org, c)
    householdYear2026(h, rng2026, households)
  }
  for (const [kind, records] of h.records) await insertHistoryRows(db, provinceId, HISTORY_SPECS[kind], records)
  await insertAwards(db, provinceId, h.awards)
  await setRecruitedOn(db, provinceId, h.recruited)
}

function failKey(what: string, key: string): never {
  throw new Error(`demo ${what} ${key} not found`)
}
