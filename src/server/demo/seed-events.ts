// Demo events, written in the demo seeding's transaction through the events' own use cases, as the commune
// officers would (each write with its audit row):
//   - Bình Thành's launch ceremony for its plan answering 141/KH-UBND (binhthanh.vanphong), modelled on seed 001
//     §IV: the standard groups and programme with their speakers, the invited leaders, unit heads and xóm heads,
//     invitations issued, attendance taken (one absent), the pledge signed by the heads of the units with the
//     Party secretary and the chairman witnessing, a small estimate within the fund; the ceremony is held (a week
//     ago, or today early in January), its settlement left for the officer to do;
//   - Bắc Sơn's honouring conference (bacson.vanphong), modelled on seed 002 (27/KH-UBND Bình An): seven delegate
//     groups with their planned counts within the cap of 150, the three chairs (Party, People's Committee, Front),
//     the nine-item programme with its speakers, the honourees of decision 01/QĐ-UBND (seed-commendation.ts),
//     delegates of the villages, the invitations issued, and its estimate within the commune's fund.
// Runs after seedFund: the estimates are checked against the funds it records.
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/policy.ts'
import type { Db } from '../db/client.ts'
import type { UseCaseContext } from '../http/route.ts'
import { todayInVietnam } from '../../shared/people.ts'
import { findAccount } from '../modules/accounts/accounts.repository.ts'
import { searchCampaigns } from '../modules/campaigns/campaigns.repository.ts'
import { addAttendee } from '../modules/events/add-attendee.ts'
import { addHonourees } from '../modules/events/add-honourees.ts'
import { addPledgeSigner } from '../modules/events/add-pledge-signer.ts'
import { createEvent } from '../modules/events/create-event.ts'
import type { EventDetail } from '../modules/events/event-view.ts'
import type { AddAttendeeInput } from '../modules/events/events.schemas.ts'
import { issueInvitations } from '../modules/events/issue-invitations.ts'
import { listHonoureeSources } from '../modules/events/list-honouree-sources.ts'
import { markHeld } from '../modules/events/mark-held.ts'
import { saveBudget } from '../modules/events/save-budget.ts'
import { saveGroups } from '../modules/events/save-groups.ts'
import { saveProgramme } from '../modules/events/save-programme.ts'
import { signPledge } from '../modules/events/sign-pledge.ts'
import { updateAttendee } from '../modules/events/update-attendee.ts'
import type { DemoData } from './demo-data.ts'

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

export async function seedEvents(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string) => data.organizationByKey.get(key) ?? fail('organization', key)
  const person = (key: string) => data.personByKey.get(key) ?? fail('person', key)
  const as = async (username: string): Promise<UseCaseContext> => {
    const account = (await findAccount(db, provinceId, accountIds.get(username) ?? fail('account', username)))!
    const actor: Actor = { accountId: account.id, provinceId, username: account.username, displayName: account.displayName, role: account.role, organizationId: account.organizationId, organizationPath: account.organizationPath }
    return { db, actor, requestId: randomUUID() }
  }
  const today = todayInVietnam()
  const year = today.slice(0, 4)
  const sameYear = (iso: string, fallback: string) => (iso.startsWith(year) ? iso : fallback)

  async function invite(ctx: UseCaseContext, e: EventDetail, input: Partial<AddAttendeeInput> & { personKey?: string }): Promise<EventDetail> {
    const { personKey, ...rest } = input
    return addAttendee(ctx, e.id, { role: 'delegate', ...(personKey ? { personId: person(personKey).id } : {}), ...rest })
  }
  const attendeeOf = (e: EventDetail, personKey: string) => e.attendees.find((a) => a.personId === person(personKey).id) ?? fail('attendee', personKey)

  await seedCeremony(await as('binhthanh.vanphong'), sameYear(addDays(today, -7), today))
  await seedConference(await as('bacson.vanphong'), sameYear(addDays(today, 20), `${year}-12-31`))

  async function seedCeremony(ctx: UseCaseContext, date: string): Promise<void> {
    const plan = (await searchCampaigns(db, provinceId, { scopePath: org('binhThanh').path, status: 'running', q: null, issuerId: org('binhThanh').id, year: null, limit: 1, offset: 0 })).items[0]
      ?? fail('campaign', 'Bình Thành\'s plan answering 141/KH-UBND')
    let e = await createEvent(ctx, {
      kind: 'launch_ceremony', organizationId: org('binhThanh').id, campaignId: plan.id, useTemplate: true, eventDate: date, startTime: '08:00',
      title: 'Lễ phát động phong trào thi đua chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', venue: 'Hội trường Ủy ban nhân dân xã Bình Thành',
    })
    const group = (n: number) => e.groups[n]!.id
    e = await invite(ctx, e, { fullName: 'Nguyễn Thị Huyền', position: 'Chuyên viên Ban Thi đua – Khen thưởng', unitName: 'Sở Nội vụ tỉnh Thái Nguyên', groupId: group(0) })
    e = await invite(ctx, e, { personKey: 'binhThanh:viceCouncil', groupId: group(1) })
    e = await invite(ctx, e, { personKey: 'binhThanh:chairman', groupId: group(2), role: 'speaker' })
    e = await invite(ctx, e, { personKey: 'binhThanh:partyOffice', groupId: group(3) })
    e = await invite(ctx, e, { personKey: 'binhThanh:mttq', groupId: group(4) })
    e = await invite(ctx, e, { personKey: 'binhThanh:partySecretary', groupId: group(5), role: 'chair' })
    const heads = [
      ['binhThanh:principalPrimary', 'binhThanh:tieuhoc'], ['binhThanh:principalSecondary', 'binhThanh:thcs'], ['binhThanh:principalPreschool', 'binhThanh:mamnon'],
      ['binhThanh:doctor', 'binhThanh:tramyte'], ['binhThanh:head:Xóm Đồng Tâm', 'binhThanh:Xóm Đồng Tâm'], ['binhThanh:head:Xóm Làng Mới', 'binhThanh:Xóm Làng Mới'],
    ] as const
    for (const [personKey] of heads) e = await invite(ctx, e, { personKey, groupId: group(6), role: personKey === 'binhThanh:principalPrimary' ? 'speaker' : 'delegate' })

    // The programme of 001 with its speakers: the Party secretary opens, the chairman launches, the primary school answers.
    const speaker: Record<string, string> = {
      'Phát biểu khai mạc': 'binhThanh:partySecretary', 'Trình bày nội dung phát động thi đua': 'binhThanh:chairman', 'Phát biểu hưởng ứng': 'binhThanh:principalPrimary',
    }
    e = await saveProgramme(ctx, e.id, {
      version: e.version,
      items: e.programme.map((p) => (speaker[p.title]
        ? { title: p.title, speakerAttendeeId: attendeeOf(e, speaker[p.title]!).id, speakerText: null, durationMinutes: p.durationMinutes }
        : { title: p.title, speakerAttendeeId: null, speakerText: p.speakerText, durationMinutes: p.durationMinutes })),
    })
    for (const [personKey, unitKey] of heads) e = await addPledgeSigner(ctx, e.id, { attendeeId: attendeeOf(e, personKey).id, role: 'signer', organizationId: org(unitKey).id })
    for (const personKey of ['binhThanh:partySecretary', 'binhThanh:chairman']) e = await addPledgeSigner(ctx, e.id, { attendeeId: attendeeOf(e, personKey).id, role: 'witness', unitName: 'Đảng ủy, Ủy ban nhân dân xã Bình Thành' })
    e = await saveBudget(ctx, e.id, {
      version: e.version,
      lines: [
        { item: 'Trang trí khánh tiết, phông, khẩu hiệu', unit: 'bộ', quantity: 1, unitPrice: 1_200_000, category: 'movement' },
        { item: 'In bản cam kết thi đua, giấy mời, tài liệu', unit: 'bộ', quantity: 40, unitPrice: 10_000, category: 'movement' },
        { item: 'Nước uống đại biểu', unit: 'người', quantity: 40, unitPrice: 15_000, category: 'movement' },
      ],
    })
    e = await issueInvitations(ctx, e.id, e.version)

    // On the day: everyone came but the head of Xóm Làng Mới; the heads signed, the secretary and the chairman witnessed.
    for (const a of e.attendees) e = await updateAttendee(ctx, e.id, a.id, { version: a.version, attended: a.personId !== person('binhThanh:head:Xóm Làng Mới').id })
    for (const s of e.pledgeSigners.filter((s) => s.attendeeId !== attendeeOf(e, 'binhThanh:head:Xóm Làng Mới').id)) e = await signPledge(ctx, e.id, s.id, s.version)
    await markHeld(ctx, e.id, e.version)
  }

  async function seedConference(ctx: UseCaseContext, date: string): Promise<void> {
    let e = await createEvent(ctx, {
      kind: 'honouring_conference', organizationId: org('bacSon').id, useTemplate: true, eventDate: date, startTime: '07:30', venue: 'Hội trường Ủy ban nhân dân xã Bắc Sơn',
      title: 'Hội nghị tuyên dương điển hình tiên tiến xã Bắc Sơn giai đoạn 2020 – 2025, tiến tới Đại hội Thi đua yêu nước tỉnh',
    })
    const planned = [15, 20, 25, 30, 20, 15, 25] // 150 in all: "Không quá 150 đại biểu" (002 §II.2)
    e = await saveGroups(ctx, e.id, { version: e.version, groups: e.groups.map((g, i) => ({ id: g.id, name: g.name, plannedCount: planned[i] ?? null })) })
    const group = (n: number) => e.groups[n]!.id
    // "Chủ trì Hội nghị: Đại diện lãnh đạo Đảng, chính quyền, Mặt trận (03 người)" (002 §II.4).
    for (const personKey of ['bacSon:partySecretary', 'bacSon:chairman', 'bacSon:mttq']) e = await invite(ctx, e, { personKey, groupId: group(personKey === 'bacSon:mttq' ? 1 : 0), role: 'chair' })
    e = await invite(ctx, e, { personKey: 'bacSon:viceCouncil', groupId: group(0) })
    for (const personKey of ['bacSon:doan', 'bacSon:phunu', 'bacSon:nongdan', 'bacSon:ccb']) e = await invite(ctx, e, { personKey, groupId: group(1) })
    for (const personKey of ['bacSon:vanphong', 'bacSon:taichinh', 'bacSon:vhxh', 'bacSon:police']) e = await invite(ctx, e, { personKey, groupId: group(2), role: personKey === 'bacSon:vanphong' ? 'speaker' : 'delegate' })
    for (const village of ['Thôn Cầu Đá', 'Thôn Kim Sơn', 'Thôn Tân Sơn']) {
      e = await invite(ctx, e, { personKey: `bacSon:head:${village}`, groupId: group(3) })
      e = await invite(ctx, e, { personKey: `bacSon:cellSecretary:${village}`, groupId: group(3) })
    }
    // The honourees: every line of Giấy khen decision 01/QĐ-UBND, invited in the exemplars' group.
    const decision = (await listHonoureeSources(ctx, e.id)).decisions.find((d) => d.decision.numberAndSymbol === '01/QĐ-UBND') ?? fail('issued decision', '01/QĐ-UBND of Bắc Sơn')
    e = await addHonourees(ctx, e.id, { decisionId: decision.decision.id, nominationIds: decision.lines.map((l) => l.nominationId), groupId: group(5) })
    const exemplar = e.attendees.find((a) => a.role === 'honouree' && a.personId !== null) ?? e.attendees.find((a) => a.role === 'honouree')!

    const speakers: Record<string, { attendeeId?: string; text?: string }> = {
      'Phát biểu khai mạc Hội nghị': { attendeeId: attendeeOf(e, 'bacSon:partySecretary').id },
      'Thông qua báo cáo tổng kết phong trào thi đua và công tác khen thưởng 5 năm qua, phương hướng nhiệm vụ 5 năm tới': { attendeeId: attendeeOf(e, 'bacSon:chairman').id },
      'Báo cáo tham luận của các điển hình tiên tiến': { attendeeId: exemplar.id },
      'Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến': { text: 'Lãnh đạo Đảng ủy, Ủy ban nhân dân xã trao Giấy khen' },
      'Phát động phong trào thi đua giai đoạn tới': { attendeeId: attendeeOf(e, 'bacSon:chairman').id },
      'Phát biểu hưởng ứng phong trào thi đua': { attendeeId: attendeeOf(e, 'bacSon:mttq').id },
      'Tuyên bố lý do, giới thiệu đại biểu': { attendeeId: attendeeOf(e, 'bacSon:vanphong').id },
    }
    e = await saveProgramme(ctx, e.id, {
      version: e.version,
      items: e.programme.map((p) => ({
        title: p.title, durationMinutes: p.durationMinutes,
        speakerAttendeeId: speakers[p.title]?.attendeeId ?? null, speakerText: speakers[p.title]?.attendeeId ? null : (speakers[p.title]?.text ?? p.speakerText),
      })),
    })
    // The budget from the commune's fund (002 §III), within its balance and the share for organising movements.
    e = await saveBudget(ctx, e.id, {
      version: e.version,
      lines: [
        { item: 'Trang trí khánh tiết, hoa tươi', unit: 'gói', quantity: 1, unitPrice: 2_500_000, category: 'movement' },
        { item: 'In giấy mời, tài liệu hội nghị', unit: 'bộ', quantity: 150, unitPrice: 5_000, category: 'movement' },
        { item: 'Nước uống, hoa quả đại biểu', unit: 'người', quantity: 150, unitPrice: 15_000, category: 'movement' },
        { item: 'Khung Giấy khen các điển hình tiên tiến', unit: 'chiếc', quantity: e.honourees.length, unitPrice: 60_000, category: 'award_items' },
        { item: 'Hoa tặng các điển hình tiên tiến', unit: 'bó', quantity: e.honourees.length, unitPrice: 100_000, category: 'movement' },
      ],
    })
    await issueInvitations(ctx, e.id, e.version)
  }
}

function fail(what: string, key: string): never {
  throw new Error(`demo events: unknown ${what} ${key}`)
}
