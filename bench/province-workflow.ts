// The workflow part of the synthetic province, written through the real use cases (HTTP, in-process) so
// every row is one the application itself would write: accounts, two provincial plans addressed to every
// commune and each commune's answering plan (the cascade), and nominations of the communes' staff for
// Lao động tiên tiến, submitted with the review meeting. Commune 1 gets `councilItems` nominations for the
// council vote burst. Each answering plan is addressed to the commune's units; their registrations and the sơ kết
// reports of Đợt 1 follow (bench/province-reports.ts).
import { randomUUID } from 'node:crypto'
import type { Db } from '../src/server/db/client.ts'
import { hashPassword } from '../src/server/auth/password.ts'
import { emptyPlan, type PlanContent } from '../src/shared/campaign-plan.ts'
import { ApiClient, testApp } from '../src/server/testing/api-client.ts'
import type { SyntheticProvince } from './synthetic-province.ts'
import { createProvinceReports, type ProvincePlan, type ProvinceReports } from './province-reports.ts'
import { COMMUNE_CRITERION, PLAN_CRITERIA } from './province-reports-plan.ts'

export const BENCH_PASSWORD = 'DoHieuNang@2025'
/** The province officer's user name (the whole province in scope). */
export const BENCH_PROVINCE_OFFICER = 'bench.tinh'

export interface BenchAccounts {
  provinceOfficer: string
  /** Officer of the first commune. */
  communeOfficer: string
  password: string
}

export interface WorkflowCounts {
  campaigns: number
  nominations: number
  /** Nominations of the first commune, submitted, ready for a council session. */
  firstCommuneNominations: string[]
  /** Registrations and progress reports of the cascade, and the sơ kết the province compiles. */
  reports: ProvinceReports
}

type App = ReturnType<typeof testApp>

async function ok(res: Promise<{ status: number; body: any }>, status = 200) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await res
  if (r.status !== status) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`)
  return r.body
}

/** The province's officer and one officer per commune (inserted directly; the accounts API is not measured). */
export async function createBenchAccounts(db: Db, province: SyntheticProvince): Promise<BenchAccounts> {
  const hash = await hashPassword(BENCH_PASSWORD)
  const rows: unknown[][] = [[randomUUID(), BENCH_PROVINCE_OFFICER, 'Cán bộ Thường trực tỉnh', province.rootId]]
  province.communes.forEach((c, i) => rows.push([randomUUID(), `bench.xa${i + 1}`, `Cán bộ Thường trực ${c.name}`, c.id]))
  await db.query(
    `INSERT INTO accounts (province_id, id, username, password_hash, display_name, role, organization_id)
     SELECT $1, id, username, $2, display_name, 'officer', organization_id FROM unnest($3::uuid[], $4::text[], $5::text[], $6::uuid[]) AS a(id, username, display_name, organization_id)`,
    [province.provinceId, hash, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  )
  return { provinceOfficer: BENCH_PROVINCE_OFFICER, communeOfficer: 'bench.xa1', password: BENCH_PASSWORD }
}

function provincialPlan(title: string, year: number): PlanContent {
  return {
    ...emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nTỈNH ĐO HIỆU NĂNG', governingBody: null, place: 'Đo Hiệu Năng', symbol: 'KH-UBND' }),
    kind: 'regular',
    title,
    period: { from: { kind: 'date', date: `${year}-01-01` }, to: { kind: 'date', date: `${year}-12-31` }, asWritten: `năm ${year}` },
    // Đợt 1 closed by a sơ kết, Đợt 2 by the tổng kết: the units report on each (bench/province-reports.ts).
    phases: [
      { id: 'dot-1', name: 'Đợt 1', from: `${year}-01-01`, to: `${year}-06-30`, review: { kind: 'interim', due: { kind: 'date', date: `${year}-07-15` } } },
      { id: 'dot-2', name: 'Đợt 2', from: `${year}-07-01`, to: `${year}-12-31`, review: { kind: 'final', due: { kind: 'date', date: `${year + 1}-01-15` } } },
    ],
    targetGroups: [
      { id: 'xa', kind: 'collective', name: 'Ủy ban nhân dân các xã', criteria: [COMMUNE_CRITERION] },
      { id: 'tap-the', kind: 'collective', name: 'Các cơ quan, đơn vị, thôn, chi bộ', criteria: PLAN_CRITERIA },
    ],
    sections: [{ title: 'MỤC ĐÍCH, YÊU CẦU', blocks: [{ type: 'paragraph', text: 'Phát huy truyền thống thi đua yêu nước.' }] }],
    signer: { mode: 'TM', onBehalfOf: null, title: 'CHỦ TỊCH', name: 'Nguyễn Văn Tỉnh', personId: null },
  }
}

/**
 * Campaigns (2 provincial plans + 2 answering plans per commune, each answer addressed to the commune's units),
 * nominations through the API, then the cascade's registrations and sơ kết reports (bench/province-reports.ts).
 */
export async function createWorkflow(
  db: Db,
  app: App,
  province: SyntheticProvince,
  accounts: BenchAccounts,
  options: { nominationsPerCommune: number; councilItems: number; seed: number; reportWriter?: 'bulk' | 'use-cases'; onProgress?: (message: string) => void },
): Promise<WorkflowCounts> {
  const officer = await ApiClient.signIn(app, accounts.provinceOfficer, accounts.password)
  const year = province.lastYear
  const communeIds = province.communes.map((c) => c.id)
  const answers: string[][] = province.communes.map(() => [])
  const plans: ProvincePlan[] = []
  const units = await communeUnits(db, province)
  let campaigns = 0
  for (const title of [`Phát động phong trào thi đua yêu nước năm ${year}`, `Phát động đợt thi đua cao điểm chào mừng các ngày lễ lớn năm ${year}`]) {
    const draft = await ok(officer.post('/api/campaigns', { issuerId: province.rootId, content: provincialPlan(title, year), addresseeIds: communeIds }), 201)
    await ok(officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: `${year}-02-15` }))
    campaigns++
    for (let c = 0; c < communeIds.length; c++) {
      const answer = await ok(officer.post(`/api/campaigns/${draft.id}/answer`, { organizationId: communeIds[c] }), 201)
      // the commune sends its plan to its units (Nơi nhận), who register and report under it
      const addressed = await ok(officer.put(`/api/campaigns/${answer.id}`, { version: answer.version, content: answer.content, parentIds: [draft.id], addresseeIds: units[c] }))
      await ok(officer.post(`/api/campaigns/${answer.id}/issue`, { version: addressed.version, issuedOn: `${year}-03-01` }))
      answers[c]!.push(answer.id)
      campaigns++
    }
    plans.push({ id: draft.id, answers: answers.map((a) => a.at(-1)!) })
  }
  options.onProgress?.(`${campaigns} kế hoạch`)

  let nominations = 0
  let firstCommuneNominations: string[] = []
  for (let c = 0; c < province.communes.length; c++) {
    const commune = province.communes[c]!
    const wanted = c === 0 ? Math.max(options.councilItems, options.nominationsPerCommune) : options.nominationsPerCommune
    if (wanted === 0) continue
    const staff = await db.query<{ id: string; organizationId: string }>(
      `SELECT id, organization_id AS "organizationId" FROM people WHERE province_id = $1 AND organization_id = ANY($2::uuid[]) ORDER BY sort_key COLLATE "C", id LIMIT $3`,
      [province.provinceId, commune.staffUnits, wanted],
    )
    if (staff.length < wanted && c === 0) throw new Error(`Xã đầu tiên chỉ có ${staff.length} cán bộ, cần ${wanted} đề nghị cho phiên họp Hội đồng (tăng --people hoặc giảm --council-items).`)
    const created: { id: string; version: number }[] = []
    for (const person of staff) {
      const body = await ok(officer.post('/api/nominations', {
        year, nominatingOrganizationId: person.organizationId, subjectKind: 'individual', subjectId: person.id, target: 'LDTT', campaignId: answers[c]![0],
        achievement: `Hoàn thành tốt nhiệm vụ năm ${year}.`, decisionDate: `${year}-12-20`,
        reviewMeeting: { date: `${year}-12-10`, place: `Hội trường ${commune.name}`, chair: 'Chủ tịch', secretary: 'Thư ký', members: 9, present: 9, inFavour: 8 },
      }), 201)
      created.push({ id: body.id, version: body.version })
    }
    // one proposal per nominating unit (a batch is numbered in its unit's register)
    const byUnit = new Map<string, { id: string; version: number }[]>()
    staff.forEach((p, i) => byUnit.set(p.organizationId, [...(byUnit.get(p.organizationId) ?? []), created[i]!]))
    for (const list of byUnit.values()) {
      await ok(officer.post('/api/nominations/submit', { ids: list.map((n) => n.id), versions: Object.fromEntries(list.map((n) => [n.id, n.version])) }), 201)
    }
    nominations += created.length
    if (c === 0) firstCommuneNominations = created.map((n) => n.id)
  }
  options.onProgress?.(`${nominations} đề nghị khen thưởng`)
  const reports = await createProvinceReports(db, province, accounts, plans, { seed: options.seed, writer: options.reportWriter ?? 'bulk' })
  options.onProgress?.(`${reports.registrations.total} bản đăng ký thi đua, ${reports.reports.total} báo cáo sơ kết`)
  return { campaigns, nominations, firstCommuneNominations, reports }
}

/** The organizations under each commune (the commune's plan is sent to every one of them), in path order. */
async function communeUnits(db: Db, province: SyntheticProvince): Promise<string[][]> {
  const rows = await db.query<{ id: string; path: string }>(
    `SELECT id, path FROM organizations WHERE province_id = $1 AND path LIKE $2 || '%' AND parent_id IS NOT NULL ORDER BY path COLLATE "C"`,
    [province.provinceId, province.rootPath],
  )
  return province.communes.map((c) => rows.filter((r) => r.path.startsWith(c.path) && r.id !== c.id).map((r) => r.id))
}
