// Demo campaign plans from the five seeds (journeys A–D), so the cascade tree shows every state:
// the provincial plan 141/KH-UBND addressed to every commune and ward (its answers were due on
// 30/11/2025), Bình Thành's answer (seed 000 adapted) issued and sent on to its schools, health
// station and xóm (the primary school is drafting its own), Bắc Sơn's answer (seed 004) still a
// draft, the Bình Chương Party committee's two-phase plan (seed 001) addressed to the People's
// Committee and the village cells, and Bình An's conference plan 27/KH-UBND (seed 002).
// Written through the campaign repository, in the demo seeding's transaction.
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { PlanContent } from '../../shared/campaign-plan.ts'
import { vietnameseDate } from '../../shared/campaign-plan-checks.ts'
import { SEED_PLANS, type SeedPlan } from '../../documents/plan/index.ts'
import { answerContent } from '../modules/campaigns/answer-content.ts'
import { todayInVietnam } from '../modules/campaigns/answer-status.ts'
import { transitionProblem, type CampaignStatus, type TransitionTarget } from '../modules/campaigns/campaign-lifecycle.ts'
import { numberAndSymbol, periodKeyFor } from '../modules/campaigns/campaign-numbering.ts'
import { issuerIdentity } from '../../shared/issuer-identity.ts'
import {
  insertCampaign, markIssued, recordGivenNumber, replaceAddressees, replaceParents, saveRegisterSetting, takeNextNumber, updateStatus,
} from '../modules/campaigns/campaigns.repository.ts'
import type { DemoData, DemoOrganization } from './demo-data.ts'
import { withReportingPhases } from './seed-reports.ts'

const seed = (file: string): SeedPlan => {
  const found = SEED_PLANS.find((s) => s.file.startsWith(file))
  if (!found) throw new Error(`seed plan ${file} not found`)
  return structuredClone(found)
}

export async function seedCampaigns(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string): DemoOrganization => {
    const found = data.organizationByKey.get(key)
    if (!found) throw new Error(`demo organization ${key} not found`)
    return found
  }
  const account = (username: string) => {
    const id = accountIds.get(username)
    if (!id) throw new Error(`demo account ${username} not found`)
    return id
  }
  const ancestorsOf = (o: DemoOrganization) => o.path.split('/').filter((id) => id && id !== o.id).map((id) => data.organizations.find((a) => a.id === id)!)
  const draftYear = Number(todayInVietnam().slice(0, 4))

  interface Plan { id: string; issuer: DemoOrganization; content: PlanContent; track: 'state' | 'party'; version: number; status: CampaignStatus }
  const draft = async (issuer: DemoOrganization, content: PlanContent, createdBy: string, links: { parentIds?: string[]; addressees?: DemoOrganization[] } = {}): Promise<Plan> => {
    const id = randomUUID()
    const track = issuerIdentity(issuer, ancestorsOf(issuer)).track
    await insertCampaign(db, provinceId, { id, issuerId: issuer.id, track, kind: content.kind, symbol: content.symbol, year: draftYear, title: content.title, content, amendsId: null, createdBy: account(createdBy) })
    await replaceParents(db, provinceId, id, links.parentIds ?? [])
    await replaceAddressees(db, provinceId, id, (links.addressees ?? []).map((a) => a.id))
    return { id, issuer, content, track, version: 1, status: 'draft' }
  }
  /** Issues with the given number, or the register's next one; then moves through the given statuses. */
  const issue = async (plan: Plan, issuedOn: string, number: number | null, ...then: TransitionTarget[]): Promise<string> => {
    const key = { issuerId: plan.issuer.id, docType: 'KH' as const, periodKey: periodKeyFor(plan.track, undefined, issuedOn) }
    if (number !== null) await recordGivenNumber(db, provinceId, key, number)
    const taken = number ?? (await takeNextNumber(db, provinceId, key))
    await markIssued(db, provinceId, plan.id, { number: taken, periodKey: key.periodKey, issuedOn }, plan.version++)
    plan.status = 'issued'
    for (const to of then) {
      const problem = transitionProblem(plan.status, to, plan.content)
      if (problem) throw new Error(`demo plan "${plan.content.title}": ${problem}`)
      await updateStatus(db, provinceId, plan.id, plan.status, to, plan.version++)
      plan.status = to
    }
    return numberAndSymbol(taken, plan.content.symbol, plan.track)!
  }

  // A. The provincial plan, addressed to every commune and ward in force; the answers were due on 30/11/2025.
  const communes = data.organizations.filter((o) => (o.kind === 'commune' || o.kind === 'ward') && o.validTo === null)
  const s003 = seed('003')
  s003.content.deadlines.push({
    id: 'xay-dung-ke-hoach', kind: 'answer', name: 'Các xã, phường xây dựng kế hoạch triển khai Đợt thi đua',
    due: { kind: 'date', date: '2025-11-30' }, note: 'gửi về Sở Nội vụ (qua Ban Thi đua - Khen thưởng)',
  })
  const ubndTinh = org('ubndTinh')
  const provincial = await draft(ubndTinh, s003.content, 'tinh.thuongtruc', { addressees: communes })
  const number141 = await issue(provincial, s003.date!, Number(s003.number), 'running')
  const ref141 = `Kế hoạch số ${number141} ngày ${vietnameseDate(s003.date!)} của ${issuerIdentity(ubndTinh, ancestorsOf(ubndTinh)).formalName} ${s003.content.title.replace(/^Về/, 'về')}`
  const implementing141 = (content: PlanContent): PlanContent => ({ ...content, legalBases: [{ kind: 'campaign', campaignId: provincial.id }, ...content.legalBases] })

  // Bình Thành answers (seed 000, now implementing 141: its congress event and final-report deadline) and sends it on.
  const s000 = seed('000')
  const binhThanh = org('binhThanh')
  const binhThanhUnits = data.organizations.filter((o) => o.parentId === binhThanh.id && (o.kind === 'public_service' || o.kind === 'village'))
  const binhThanhPlan = await draft(
    binhThanh,
    implementing141(withReportingPhases({
      ...s000.content,
      preamble: s000.content.preamble.map((p) => (p.startsWith('Thực hiện ') ? `Thực hiện ${ref141}; ${p.slice('Thực hiện '.length)}` : p)),
      events: s003.content.events,
      deadlines: [...s000.content.deadlines, ...s003.content.deadlines.filter((d) => d.kind === 'report')],
    })),
    'binhthanh.vanphong',
    { parentIds: [provincial.id], addressees: binhThanhUnits },
  )
  const binhThanhNumber = await issue(binhThanhPlan, '2025-11-25', null, 'running')
  const school = org('binhThanh:tieuhoc')
  await draft(
    school,
    answerContent({ id: binhThanhPlan.id, content: binhThanhPlan.content, numberAndSymbol: binhThanhNumber, issuedOn: '2025-11-25', issuerName: issuerIdentity(binhThanh, ancestorsOf(binhThanh)).formalName }, issuerIdentity(school, ancestorsOf(school))),
    'binhthanh.vanphong',
    { parentIds: [binhThanhPlan.id] },
  )

  // C. Bắc Sơn's plan (seed 004) answers 141 but is still a draft.
  const s004 = seed('004')
  await draft(org('bacSon'), implementing141({ ...s004.content, preamble: [`Thực hiện ${ref141}.`, ...s004.content.preamble] }), 'bacson.vanphong', { parentIds: [provincial.id] })

  // B. The Bình Chương Party committee's plan (seed 001) assigns work to the People's Committee and the village cells;
  // numbered in the 2020-2025 term register, after which the new term 2025-2030 began.
  const s001 = seed('001')
  const partyCommittee = org('binhChuong:dangUy')
  const villageCells = data.organizations.filter((o) => o.parentId === partyCommittee.id && o.key?.startsWith('binhChuong:cell:Thôn'))
  const partyPlan = await draft(partyCommittee, s001.content, 'tinh.thuongtruc', { addressees: [org('binhChuong:ubnd'), ...villageCells] })
  await issue(partyPlan, '2024-08-12', 134, 'running', 'reviewed')
  await saveRegisterSetting(db, provinceId, partyCommittee.id, { period: 'term', termLabel: '2025-2030' })

  // D. Bình An's honouring conference (seed 002), held in the first quarter of 2025.
  const s002 = seed('002')
  const conference = await draft(org('binhAn'), s002.content, 'tinh.thuongtruc')
  await issue(conference, s002.date!, Number(s002.number), 'running', 'closed')
}
