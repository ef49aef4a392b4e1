// The workflow part of the synthetic province, written through the real use cases (HTTP, in-process) so
// every row is one the application itself would write: accounts, two provincial plans addressed to every
// commune and each commune's answering plan (the cascade), and nominations of the communes' staff for
// Lao động tiên tiến, submitted with the review meeting. Commune 1 gets `councilItems` nominations for the
// council vote burst.
import { randomUUID } from 'node:crypto'
import type { Db } from '../src/server/db/client.ts'
import { hashPassword } from '../src/server/auth/password.ts'
import { emptyPlan, type PlanContent } from '../src/shared/campaign-plan.ts'
import { ApiClient, testApp } from '../src/server/testing/api-client.ts'
import type { SyntheticProvince } from './synthetic-province.ts'

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
    targetGroups: [{ id: 'xa', kind: 'collective', name: 'Ủy ban nhân dân các xã', criteria: ['Hoàn thành xuất sắc các chỉ tiêu kinh tế - xã hội năm'] }],
    sections: [{ title: 'MỤC ĐÍCH, YÊU CẦU', blocks: [{ type: 'paragraph', text: 'Phát huy truyền thống thi đua yêu nước.' }] }],
    signer: { mode: 'TM', onBehalfOf: null, title: 'CHỦ TỊCH', name: 'Nguyễn Văn Tỉnh', personId: null },
  }
}

/** Campaigns (2 provincial plans + 2 answering plans per commune) and nominations, through the API. */
export async function createWorkflow(
  db: Db,
  app: App,
  province: SyntheticProvince,
  accounts: BenchAccounts,
  options: { nominationsPerCommune: number; councilItems: number; onProgress?: (message: string) => void },
): Promise<WorkflowCounts> {
  const officer = await ApiClient.signIn(app, accounts.provinceOfficer, accounts.password)
  const year = province.lastYear
  const communeIds = province.communes.map((c) => c.id)
  const answers: string[][] = province.communes.map(() => [])
  let campaigns = 0
  for (const title of [`Phát động phong trào thi đua yêu nước năm ${year}`, `Phát động đợt thi đua cao điểm chào mừng các ngày lễ lớn năm ${year}`]) {
    const draft = await ok(officer.post('/api/campaigns', { issuerId: province.rootId, content: provincialPlan(title, year), addresseeIds: communeIds }), 201)
    await ok(officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: `${year}-02-15` }))
    campaigns++
    for (let c = 0; c < communeIds.length; c++) {
      const answer = await ok(officer.post(`/api/campaigns/${draft.id}/answer`, { organizationId: communeIds[c] }), 201)
      await ok(officer.post(`/api/campaigns/${answer.id}/issue`, { version: answer.version, issuedOn: `${year}-03-01` }))
      answers[c]!.push(answer.id)
      campaigns++
    }
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
  return { campaigns, nominations, firstCommuneNominations }
}
