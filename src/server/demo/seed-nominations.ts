// Demo nominations, written in the demo seeding's transaction through the nominations' own write steps (the
// creation checks and verdicts, the proposal numbers and the status history of the API; the dossiers are
// complete by construction; like the other demo data, without audit rows: the seeding's row records it), as
// the demo accounts would:
//   journey C — Bắc Sơn's units propose the commune chairman's Giấy khen and the provincial chairman's
//   Bằng khen under 141/KH-UBND, the provincial plan Bắc Sơn implements (Bắc Sơn's own plan, seed 004, is
//   still a draft in the demo, so nothing can be proposed under it yet): a teacher, a village, a household,
//   the preschool and the commune's office worker; some submitted, one returned with the reason, one
//   checked, one Bằng khen going up to the province, one still a draft;
//   journey E — Bình Thành's December annual titles for 2025 (LĐTT, CSTĐCS, TTLĐTT) for the people and units
//   whose histories seed-history.ts wrote, by the primary school's account and the commune office: two
//   proposals submitted and one title sent to the council; the reprimanded official, the health station with
//   a member disciplined (both not eligible) and the principal's CSTĐCS lacking its certification left as drafts.
// The province's calendar gets the public holidays of 2025 and 2026, which the processing timers skip.
// seed-commendation.ts then carries Bắc Sơn's and Bình Thành's on through the council, the posting, the decision and the proposal.
import type { Db } from '../db/client.ts'
import type { Actor } from '../auth/policy.ts'
import { todayInVietnam } from '../../shared/people.ts'
import { addDays } from '../../shared/working-days.ts'
import { findAccount } from '../modules/accounts/accounts.repository.ts'
import { searchCampaigns } from '../modules/campaigns/campaigns.repository.ts'
import { insertHolidayYear } from '../modules/holidays/holidays.repository.ts'
import { insertNewNomination } from '../modules/nominations/create-nomination.ts'
import { writeMove } from '../modules/nominations/nomination-status.ts'
import { findNominations, type NominationRecord } from '../modules/nominations/nominations.repository.ts'
import type { CreateNominationInput } from '../modules/nominations/nominations.schemas.ts'
import { openBatch } from '../modules/nominations/open-batch.ts'
import { findOrganization } from '../modules/organizations/organizations.repository.ts'
import type { NominationStatus } from '../../shared/nomination-lifecycle.ts'
import type { DemoData } from './demo-data.ts'

/** Public holidays (Bộ luật Lao động 2019, Điều 112) as the offices took them; the province edits its own list. */
const HOLIDAYS = {
  2025: [
    ['2025-01-01', 'Tết Dương lịch'], ['2025-01-27', 'Tết Nguyên đán'], ['2025-01-28', 'Tết Nguyên đán'], ['2025-01-29', 'Tết Nguyên đán'],
    ['2025-01-30', 'Tết Nguyên đán'], ['2025-01-31', 'Tết Nguyên đán'], ['2025-04-07', 'Giỗ Tổ Hùng Vương'], ['2025-04-30', 'Ngày Chiến thắng'],
    ['2025-05-01', 'Ngày Quốc tế Lao động'], ['2025-05-02', 'Nghỉ hoán đổi'], ['2025-09-01', 'Quốc khánh'], ['2025-09-02', 'Quốc khánh'],
  ],
  2026: [
    ['2026-01-01', 'Tết Dương lịch'], ['2026-02-16', 'Tết Nguyên đán'], ['2026-02-17', 'Tết Nguyên đán'], ['2026-02-18', 'Tết Nguyên đán'],
    ['2026-02-19', 'Tết Nguyên đán'], ['2026-02-20', 'Tết Nguyên đán'], ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'], ['2026-04-30', 'Ngày Chiến thắng'],
    ['2026-05-01', 'Ngày Quốc tế Lao động'], ['2026-09-01', 'Quốc khánh'], ['2026-09-02', 'Quốc khánh'],
  ],
} as const

const meeting = (place: string, chair: string, secretary: string, members: number, inFavour: number) =>
  ({ date: '2025-12-05', place, chair, secretary, members, present: members, inFavour })

export async function seedNominations(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string) => data.organizationByKey.get(key) ?? fail('organization', key)
  const person = (key: string) => data.personByKey.get(key) ?? fail('person', key)
  const as = async (username: string): Promise<Actor> => {
    const account = (await findAccount(db, provinceId, accountIds.get(username) ?? fail('account', username)))!
    return { accountId: account.id, provinceId, username: account.username, displayName: account.displayName, role: account.role, organizationId: account.organizationId, organizationPath: account.organizationPath }
  }
  const nominate = async (actor: Actor, input: Omit<CreateNominationInput, 'year'>): Promise<NominationRecord> => {
    const { id } = await insertNewNomination(db, actor, { year: 2025, ...input })
    return (await findNominations(db, provinceId, [id]))[0]!
  }
  /** Moves each nomination on and returns it as it now stands. */
  const move = async (actor: Actor, nominations: readonly NominationRecord[], to: NominationStatus, options: { reason?: string; batchId?: string } = {}) => {
    for (const n of nominations) await writeMove(db, actor, n, to, options)
    const moved = await findNominations(db, provinceId, nominations.map((n) => n.id))
    return nominations.map((n) => moved.find((m) => m.id === n.id)!)
  }
  /** One proposal of the unit for these nominations (they were assessed and completed when written). */
  const submit = async (actor: Actor, nominations: readonly NominationRecord[], submittedOn = todayInVietnam()) => {
    const first = nominations[0]!
    const unit = (await findOrganization(db, provinceId, first.nominatingOrganizationId))!
    const batch = await openBatch(db, provinceId, unit, { campaignId: first.campaignId, year: first.year, submittedOn, submittedBy: actor.accountId })
    return move(actor, nominations, 'submitted', { batchId: batch.id })
  }

  for (const [year, days] of Object.entries(HOLIDAYS)) await insertHolidayYear(db, provinceId, Number(year), days.map(([date, name]) => ({ date, name })))

  // C. Bắc Sơn, under the provincial plan 141/KH-UBND.
  const plan141 = (await searchCampaigns(db, provinceId, { scopePath: org('province').path, status: 'running', q: null, issuerId: org('ubndTinh').id, year: null, limit: 1, offset: 0 })).items[0]!
  const bacSon = await as('bacson.vanphong')
  const bacSonMeeting = meeting('Hội trường Ủy ban nhân dân xã Bắc Sơn', 'Trịnh Minh Tuấn, Chủ tịch UBND xã', 'Dương Thị Ngân, công chức Văn phòng – Thống kê', 11, 10)
  const forCampaign = { campaignId: plan141.id, kind: 'phong_trao' as const, reviewMeeting: bacSonMeeting }
  const teacher = await nominate(bacSon, {
    ...forCampaign, nominatingOrganizationId: org('bacSon:tieuhoc').id, subjectKind: 'individual', subjectId: person('bacSon:teacherPrimary').id, target: 'GIAY_KHEN_CHU_TICH_XA',
    achievement: 'Tích cực hưởng ứng Đợt thi đua chào mừng Đại hội XIV của Đảng; bồi dưỡng 4 học sinh đạt giải Giao lưu Tiếng Việt của chúng em cấp tỉnh năm học 2024-2025.',
  })
  const preschool = await nominate(bacSon, {
    ...forCampaign, nominatingOrganizationId: org('bacSon:mamnon').id, subjectKind: 'individual', subjectId: person('bacSon:principalPreschool').id, target: 'GIAY_KHEN_CHU_TICH_XA',
    achievement: 'Chỉ đạo xây dựng trường mầm non đạt chuẩn quốc gia mức độ 2; 100% trẻ được ăn bán trú an toàn.',
  })
  const village = await nominate(bacSon, {
    ...forCampaign, nominatingOrganizationId: org('bacSon').id, subjectKind: 'collective', subjectId: org('bacSon:Thôn Kim Sơn').id, target: 'GIAY_KHEN_CHU_TICH_XA',
    achievement: 'Hoàn thành 1,2 km đường giao thông nông thôn bằng công sức, tiền của Nhân dân đóng góp; không có hộ nghèo mới phát sinh.',
  })
  const household = await nominate(bacSon, {
    ...forCampaign, nominatingOrganizationId: org('bacSon:Thôn Kim Sơn').id, subjectKind: 'household',
    subjectId: data.households.find((h) => h.organizationId === org('bacSon:Thôn Kim Sơn').id)!.id, target: 'GIAY_KHEN_CHU_TICH_XA',
    achievement: 'Hiến 250 m² đất và 30 ngày công làm đường bê tông liên thôn Kim Sơn – Tân Sơn.',
  })
  const bangKhen = await nominate(bacSon, {
    ...forCampaign, nominatingOrganizationId: org('bacSon').id, subjectKind: 'collective', subjectId: org('bacSon:mamnon').id, target: 'BANG_KHEN_CHU_TICH_TINH',
    achievement: 'Hai năm liền hoàn thành xuất sắc nhiệm vụ; được công nhận trường chuẩn quốc gia mức độ 2; dẫn đầu phong trào thi đua của ngành giáo dục xã.',
  })
  await nominate(bacSon, {
    ...forCampaign, nominatingOrganizationId: org('bacSon:ubnd').id, subjectKind: 'individual', subjectId: person('bacSon:vanphong').id, target: 'BANG_KHEN_CHU_TICH_TINH',
    achievement: 'Sáng kiến "Quy trình số hóa hồ sơ một cửa của xã" được áp dụng toàn xã, rút ngắn một nửa thời gian giải quyết thủ tục.',
  })
  // Bắc Sơn's proposals are dated a month ago: its council has met since (seed-commendation.ts).
  const monthAgo = addDays(todayInVietnam(), -30)
  await submit(bacSon, [teacher], monthAgo)
  await move(bacSon, await submit(bacSon, [preschool], monthAgo), 'returned', { reason: 'Báo cáo thành tích chưa có xác nhận của Hiệu trưởng; đề nghị bổ sung số liệu trẻ đạt chuẩn.' })
  await submit(bacSon, [household], monthAgo)
  const [checked] = await submit(bacSon, [village, bangKhen], monthAgo)
  await move(bacSon, [checked!], 'checked')

  // E. Bình Thành's annual titles for 2025.
  const school = await as('binhthanh.truongtieuhoc')
  const office = await as('binhthanh.vanphong')
  const schoolMeeting = meeting('Phòng họp Trường Tiểu học Bình Thành', 'Hiệu trưởng Trường Tiểu học Bình Thành', 'Thư ký Hội đồng thi đua nhà trường', 9, 9)
  const officeMeeting = meeting('Phòng họp Ủy ban nhân dân xã Bình Thành', 'Chủ tịch UBND xã Bình Thành', 'Công chức Văn phòng – Thống kê', 13, 12)
  const title = async (actor: Actor, unit: string, subject: { kind: 'individual' | 'collective'; id: string }, target: 'LDTT' | 'CSTDCS' | 'TTLDTT', achievement: string, reviewMeeting = schoolMeeting) =>
    nominate(actor, { nominatingOrganizationId: org(unit).id, subjectKind: subject.kind, subjectId: subject.id, target, achievement, reviewMeeting })
  const schoolTitles = [
    await title(school, 'binhThanh:tieuhoc', { kind: 'individual', id: person('binhThanh:teacherPrimary').id }, 'LDTT', 'Hoàn thành tốt nhiệm vụ năm học 2024-2025; lớp chủ nhiệm 100% học sinh hoàn thành chương trình lớp học.'),
    await title(school, 'binhThanh:tieuhoc', { kind: 'individual', id: person('binhThanh:teacherPrimary2').id }, 'LDTT', 'Hoàn thành tốt nhiệm vụ; tham gia chuyên đề dạy học tích hợp cấp trường.'),
    await title(school, 'binhThanh:tieuhoc', { kind: 'collective', id: org('binhThanh:tieuhoc').id }, 'TTLDTT', 'Tập thể hoàn thành tốt nhiệm vụ năm học 2024-2025; 21/24 cán bộ, giáo viên đạt Lao động tiên tiến.'),
  ]
  await title(school, 'binhThanh:tieuhoc', { kind: 'individual', id: person('binhThanh:principalPrimary').id }, 'CSTDCS', 'Sáng kiến "Ứng dụng học bạ số trong quản lý học sinh" được công nhận cấp xã, áp dụng hiệu quả.')
  const officeTitles = [
    await title(office, 'binhThanh:ubnd', { kind: 'individual', id: person('binhThanh:chanhVanPhong').id }, 'LDTT', 'Tham mưu tốt công tác văn phòng, tổ chức thành công Đại hội Đảng bộ xã.', officeMeeting),
    await title(office, 'binhThanh:ubnd', { kind: 'individual', id: person('binhThanh:vhxh').id }, 'LDTT', 'Hoàn thành tốt nhiệm vụ công chức Văn hóa – Xã hội năm 2025.', officeMeeting),
  ]
  await title(office, 'binhThanh:ubnd', { kind: 'individual', id: person('binhThanh:tuphap').id }, 'LDTT', 'Hoàn thành nhiệm vụ tư pháp – hộ tịch năm 2025.', officeMeeting)
  await title(office, 'binhThanh', { kind: 'collective', id: org('binhThanh:tramyte').id }, 'TTLDTT', 'Hoàn thành kế hoạch tiêm chủng mở rộng; dập tắt ổ dịch sốt xuất huyết tại xóm Đồng Hút.', officeMeeting)
  const [firstOfSchool] = await submit(school, schoolTitles)
  await submit(office, officeTitles)
  await move(office, await move(office, [firstOfSchool!], 'checked'), 'to_council', { reason: 'Hồ sơ đủ; trình Hội đồng Thi đua – Khen thưởng xã phiên tháng 12.' })
}

function fail(what: string, key: string): never {
  throw new Error(`demo ${what} ${key} not found`)
}
