// Demo registrations (đăng ký thi đua) under the provincial plan 141/KH-UBND: Bình Thành's units register under
// the commune's plan answering 141 (the plan addressed to them: its schools, health station and xóm). Written in
// the demo seeding's transaction through the registrations' own use cases, as the demo accounts would (each writes its history and audit rows):
//   - the primary school (binhthanh.truongtieuhoc) registered and the commune officer (binhthanh.vanphong)
//     approved it; the officer also entered and approved Xóm Đồng Tâm's paper registration;
//   - the lower secondary school's registration is submitted and awaiting approval;
//   - the preschool's was returned with the reason;
//   - the health station and the other xóm have not registered, so "Chưa đăng ký" lists them;
//   - Bình Thành's consolidated registration is drafted from its approved units (not yet sent to the province).
// Neither 141 nor Bình Thành's plan sets a registration deadline, and both are running, so registering now is
// within the rules; the year is the plan's own (the year it was entered in the demo), as the form proposes.
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { Actor } from '../auth/policy.ts'
import type { UseCaseContext } from '../http/route.ts'
import { findAccount } from '../modules/accounts/accounts.repository.ts'
import { searchCampaigns } from '../modules/campaigns/campaigns.repository.ts'
import { consolidateRegistrations } from '../modules/registrations/consolidate-registrations.ts'
import { createRegistration } from '../modules/registrations/create-registration.ts'
import { reviewRegistration } from '../modules/registrations/review-registration.ts'
import { submitRegistration } from '../modules/registrations/submit-registration.ts'
import { updateRegistration } from '../modules/registrations/update-registration.ts'
import type { RegistrationDetail } from '../modules/registrations/registration-view.ts'
import type { CreateRegistrationInput } from '../modules/registrations/registrations.schemas.ts'
import type { DemoData } from './demo-data.ts'

type Target = Omit<CreateRegistrationInput['targets'][number], 'people'> & { people?: string[] }

export async function seedRegistrations(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string) => data.organizationByKey.get(key) ?? fail('organization', key)
  const person = (key: string) => data.personByKey.get(key) ?? fail('person', key)
  const as = async (username: string): Promise<UseCaseContext> => {
    const account = (await findAccount(db, provinceId, accountIds.get(username) ?? fail('account', username)))!
    const actor: Actor = { accountId: account.id, provinceId, username: account.username, displayName: account.displayName, role: account.role, organizationId: account.organizationId, organizationPath: account.organizationPath }
    return { db, actor, requestId: randomUUID() }
  }
  // The units register under the plan addressed to them: Bình Thành's answer to 141 (a unit under a commune does
  // not see the provincial plan itself, which is addressed to the communes); the cascade of 141 counts them.
  const plan = (await searchCampaigns(db, provinceId, { scopePath: org('binhThanh').path, status: 'running', q: null, issuerId: org('binhThanh').id, year: null, limit: 1, offset: 0 })).items[0]
    ?? fail('campaign', 'Bình Thành\'s plan answering 141/KH-UBND')
  const year = plan.year
  const school = await as('binhthanh.truongtieuhoc')
  const office = await as('binhthanh.vanphong')

  const register = (ctx: UseCaseContext, unit: string, targets: Target[], commitments: string[]) =>
    createRegistration(ctx, { organizationId: org(unit).id, campaignId: plan.id, year, targets: targets.map((t) => ({ people: [], ...t })), commitments })
  const submit = (ctx: UseCaseContext, r: RegistrationDetail) => submitRegistration(ctx, r.id, r.version)
  const approve = (r: RegistrationDetail) => reviewRegistration(office, r.id, { version: r.version, outcome: 'approved' })

  // The primary school, by its own account; approved by the commune office.
  const primary = await register(school, 'binhThanh:tieuhoc', [
    { code: 'TTLDTT', scope: 'unit', count: 1 },
    { code: 'LDTT', scope: 'members', count: 20, people: [person('binhThanh:teacherPrimary').fullName, person('binhThanh:teacherPrimary2').fullName] },
    { code: 'CSTDCS', scope: 'members', count: 2, people: [person('binhThanh:principalPrimary').fullName] },
  ], [
    '100% học sinh hoàn thành chương trình lớp học; không có học sinh bỏ học',
    '100% cán bộ, giáo viên ứng dụng công nghệ thông tin trong giảng dạy, sử dụng học bạ số',
    'Không có cán bộ, giáo viên vi phạm kỷ luật, vi phạm đạo đức nhà giáo',
  ])
  await approve(await submit(school, primary))

  // Xóm Đồng Tâm's paper registration, entered and approved by the office.
  const village = await register(office, 'binhThanh:Xóm Đồng Tâm', [{ code: 'THON_VAN_HOA', scope: 'unit', count: 1 }], [
    'Giữ vững danh hiệu Xóm văn hóa; 95% hộ gia đình đạt Gia đình văn hóa',
    'Không có hộ nghèo mới phát sinh; hoàn thành 0,5 km đường bê tông nội xóm',
  ])
  await approve(await submit(office, village))

  // The lower secondary school's, sent and awaiting approval.
  const secondary = await register(office, 'binhThanh:thcs', [
    { code: 'TTLDTT', scope: 'unit', count: 1 },
    { code: 'LDTT', scope: 'members', count: 22 },
  ], ['Tỷ lệ học sinh lớp 9 tốt nghiệp đạt 99%', 'Duy trì trường chuẩn quốc gia mức độ 1'])
  await submit(office, secondary)

  // The preschool's, returned with the reason; it has not corrected it yet.
  let preschool = await register(office, 'binhThanh:mamnon', [{ code: 'TTLDTT', scope: 'unit', count: 1 }], [])
  preschool = await updateRegistration(office, preschool.id, { version: preschool.version, commitments: ['100% trẻ được ăn bán trú an toàn'] })
  preschool = await submit(office, preschool)
  await reviewRegistration(office, preschool.id, {
    version: preschool.version, outcome: 'returned',
    reason: 'Đề nghị bổ sung chỉ tiêu Lao động tiên tiến cho cán bộ, giáo viên và cam kết về chuyển đổi số trong quản lý trẻ.',
  })

  // Bình Thành totals its approved units' registrations (a draft; its own commitments still to write).
  await consolidateRegistrations(office, { organizationId: org('binhThanh').id, campaignId: plan.id, year })
}

function fail(what: string, key: string): never {
  throw new Error(`demo ${what} ${key} not found`)
}
