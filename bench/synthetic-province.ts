// A reproducible synthetic province for benchmarks (issue 8): communes of ~60 organizations each (villages,
// schools, agencies, police, enterprises, mass organisations, the Party committee and its cells), people with
// Vietnamese names, households, and `years` years of the histories the eligibility engine reads — yearly
// ratings, titles and awards in the registry, initiatives, discipline, pending matters, the units' yearly
// assessments, collective results, household exclusions. Everything comes from one seeded PRNG (same seed,
// same province: names, dates, ids) and is written with bulk INSERT … SELECT FROM unnest(arrays) in batches.
// Campaigns and nominations go through the real use cases afterwards (bench/province-workflow.ts).
import type { Db } from '../src/server/db/client.ts'
import { ORGANIZATION_KINDS, type OrganizationKind } from '../src/shared/organizations.ts'
import { vietnameseNameSortKey, vietnameseTextSortKey } from '../src/shared/vietnamese.ts'
import { CATALOGUE, type CatalogueCode } from '../src/rules/index.ts'
import { Rng } from '../src/server/demo/demo-random.ts'
import { birthDate, cccdNumber, familyName, fullName } from '../src/server/demo/demo-names.ts'

export interface ProvinceOptions {
  communes: number
  people: number
  /** Years of history, ending with `lastYear`. */
  years: number
  seed: number
  /** The last year of history (the year the benchmarks evaluate). */
  lastYear?: number
  onProgress?: (message: string) => void
}

export interface CommuneInfo {
  id: string
  path: string
  name: string
  /** The commune's People's Committee: the level that decides LĐTT and holds the council. */
  committeeId: string
  /** The People's Committee and the State units under it (offices, schools, health station, police): their staff are nominated for LĐTT. */
  staffUnits: string[]
}

export interface SyntheticProvince {
  provinceId: string
  rootId: string
  rootPath: string
  communes: CommuneInfo[]
  firstYear: number
  lastYear: number
  counts: Record<string, number>
}

type PgType = 'uuid' | 'text' | 'int' | 'date' | 'bool' | 'jsonb' | 'numeric'
type Column = readonly [name: string, type: PgType]

/** Collects rows of one table and writes them in batches (one INSERT … unnest per batch). */
class Bulk {
  private rows: unknown[][] = []
  written = 0
  constructor(private readonly db: Db, private readonly table: string, private readonly columns: readonly Column[], private readonly before?: Bulk, private readonly batch = 5000) {}

  async add(row: unknown[]): Promise<void> {
    this.rows.push(row)
    if (this.rows.length >= this.batch) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return
    await this.before?.flush() // rows referenced by this table go first
    const rows = this.rows
    this.rows = []
    const arrays = this.columns.map((_, c) => rows.map((r) => r[c] ?? null))
    const unnest = this.columns.map(([, type], c) => `$${c + 1}::${type === 'int' ? 'integer' : type === 'bool' ? 'boolean' : type}[]`).join(', ')
    const names = this.columns.map(([name]) => name).join(', ')
    await this.db.query(`INSERT INTO ${this.table} (${names}) SELECT * FROM unnest(${unnest})`, arrays.map((a, c) => (this.columns[c]![1] === 'jsonb' ? a.map((v) => (v === null ? null : JSON.stringify(v))) : a)))
    this.written += rows.length
  }
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`

/** A version-4 UUID drawn from the seeded generator (reproducible ids). */
function uuidFrom(rng: Rng): string {
  const hex = (n: number) => Math.floor(rng.float() * 16 ** n).toString(16).padStart(n, '0')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + rng.int(0, 3)).toString(16)}${hex(3)}-${hex(12)}`
}

const COMMUNE_NAMES = ['Bình Thành', 'Bình An', 'Phú Lương', 'Đồng Hỷ', 'Võ Nhai', 'Đại Từ', 'Phú Bình', 'Định Hóa', 'Tân Cương', 'Quân Chu', 'La Hiên', 'Yên Lạc', 'Hợp Thành', 'Tràng Xá', 'Sơn Phú', 'Phượng Tiến', 'Kim Phượng', 'Trung Hội', 'Bảo Linh', 'Lam Vỹ']

// One commune's organizations besides the commune itself: [name, kind, parent, staff per unit]. The offices,
// schools, health station and police sit under the People's Committee (which decides their LĐTT and holds the council).
const UNITS: readonly (readonly [string, OrganizationKind, 'commune' | 'party' | 'committee', number])[] = [
  ['Ủy ban nhân dân xã', 'peoples_committee', 'commune', 20],
  ['Hội đồng nhân dân xã', 'peoples_council', 'commune', 4],
  ['Văn phòng HĐND và UBND xã', 'department', 'committee', 8],
  ['Phòng Kinh tế xã', 'department', 'committee', 6],
  ['Phòng Văn hóa - Xã hội xã', 'department', 'committee', 6],
  ['Trung tâm Phục vụ hành chính công xã', 'public_service', 'committee', 8],
  ['Trường Mầm non', 'public_service', 'committee', 25],
  ['Trường Tiểu học', 'public_service', 'committee', 30],
  ['Trường Trung học cơ sở', 'public_service', 'committee', 30],
  ['Trạm Y tế xã', 'public_service', 'committee', 10],
  ['Công an xã', 'armed_force', 'committee', 15],
  ['Ban Chỉ huy Quân sự xã', 'armed_force', 'committee', 6],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'fatherland_front', 'commune', 4],
  ['Hội Liên hiệp Phụ nữ xã', 'mass_organization', 'commune', 2],
  ['Hội Nông dân xã', 'mass_organization', 'commune', 2],
  ['Hội Cựu chiến binh xã', 'mass_organization', 'commune', 2],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'mass_organization', 'commune', 2],
  ['Hợp tác xã Nông nghiệp', 'enterprise', 'commune', 0],
  ['Công ty TNHH Chè', 'enterprise', 'commune', 0],
]
const VILLAGES_PER_COMMUNE = 22
const PARTY_CELLS_PER_COMMUNE = 17

const STATE_CATEGORY: Partial<Record<OrganizationKind, string>> = { peoples_committee: 'can_bo', peoples_council: 'can_bo', department: 'cong_chuc', public_service: 'vien_chuc', armed_force: 'cong_chuc', fatherland_front: 'can_bo', mass_organization: 'can_bo' }

const RATINGS = [['HTXSNV', 15], ['HTTNV', 64], ['HTNV', 18], ['KHT', 3]] as const

export const PERSON_COLUMNS: readonly Column[] = [
  ['province_id', 'uuid'], ['id', 'uuid'], ['full_name', 'text'], ['sort_key', 'text'], ['birth_date', 'date'], ['sex', 'text'], ['cccd', 'text'], ['position', 'text'],
  ['organization_id', 'uuid'], ['category', 'text'], ['direct_worker', 'bool'], ['household_id', 'uuid'], ['recruited_on', 'date'],
]

const HISTORY_TABLES = ['award_records', 'history_ratings', 'history_assessments', 'history_initiatives', 'history_discipline', 'history_proceedings', 'history_collective_years', 'history_exclusions', 'people', 'households']

/**
 * Bulk loading trick: the secondary indexes of the big tables (trigram GIN indexes above all) are dropped
 * before the load and created again, with their exact definitions, after it. Indexes backing a constraint stay.
 */
async function withoutSecondaryIndexes<T>(db: Db, load: () => Promise<T>): Promise<T> {
  const indexes = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [HISTORY_TABLES],
  )
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`)
  const result = await load()
  for (const index of indexes) await db.query(index.definition)
  return result
}

/** Generates the province into an empty database (migrations applied). */
export async function generateSyntheticProvince(db: Db, options: ProvinceOptions): Promise<SyntheticProvince> {
  const province = await withoutSecondaryIndexes(db, () => generate(db, options))
  options.onProgress?.('chỉ mục đã tạo lại')
  // The database as autovacuum leaves it: after a bulk load no page is marked all-visible yet, and the first reads of
  // every page would write its hint bits while autovacuum's first pass competes for the cores with what is measured.
  await db.query('VACUUM (ANALYZE)')
  options.onProgress?.('VACUUM (ANALYZE) xong')
  return province
}

async function generate(db: Db, options: ProvinceOptions): Promise<SyntheticProvince> {
  const rng = new Rng(options.seed)
  const lastYear = options.lastYear ?? 2025
  const firstYear = lastYear - options.years + 1
  const progress = options.onProgress ?? (() => {})
  const provinceId = uuidFrom(rng)
  await db.query('INSERT INTO provinces (id, code, name) VALUES ($1, $2, $3)', [provinceId, `BENCH${options.seed}`, 'Tỉnh Đo Hiệu Năng'])

  // Organizations
  const orgs = new Bulk(db, 'organizations', [['province_id', 'uuid'], ['id', 'uuid'], ['parent_id', 'uuid'], ['path', 'text'], ['name', 'text'], ['kind', 'text'], ['level', 'text'], ['track', 'text'], ['sort_key', 'text']])
  const addOrg = async (parent: { id: string; path: string } | null, name: string, kind: OrganizationKind) => {
    const id = uuidFrom(rng)
    const path = `${parent?.path ?? '/'}${id}/`
    await orgs.add([provinceId, id, parent?.id ?? null, path, name, kind, ORGANIZATION_KINDS[kind].level, ORGANIZATION_KINDS[kind].track, vietnameseTextSortKey(name)])
    return { id, path, name, kind }
  }
  type Org = Awaited<ReturnType<typeof addOrg>>
  const root = await addOrg(null, 'Tỉnh Đo Hiệu Năng', 'province')
  interface CommuneOrgs { commune: Org; units: { org: Org; staff: number }[]; villages: Org[]; cells: Org[]; enterprises: Org[] }
  const communes: CommuneOrgs[] = []
  for (let c = 0; c < options.communes; c++) {
    const base = COMMUNE_NAMES[c % COMMUNE_NAMES.length]!
    const name = c < COMMUNE_NAMES.length ? base : `${base} ${Math.floor(c / COMMUNE_NAMES.length) + 1}`
    const commune = await addOrg(root, `Xã ${name}`, 'commune')
    const party = await addOrg(commune, `Đảng ủy xã ${name}`, 'party_committee')
    const units: CommuneOrgs['units'] = []
    const enterprises: Org[] = []
    let committee: Org | undefined
    for (const [unit, kind, parent, staff] of UNITS) {
      const org = await addOrg(parent === 'party' ? party : parent === 'committee' ? committee! : commune, `${unit} ${name}`, kind)
      if (kind === 'peoples_committee') committee = org
      if (kind === 'enterprise') enterprises.push(org)
      else units.push({ org, staff })
    }
    const villages: Org[] = []
    for (let v = 1; v <= VILLAGES_PER_COMMUNE; v++) villages.push(await addOrg(commune, `Thôn ${v} xã ${name}`, 'village'))
    const cells: Org[] = []
    for (let p = 1; p <= PARTY_CELLS_PER_COMMUNE; p++) cells.push(await addOrg(party, `Chi bộ ${p <= 12 ? `thôn ${p}` : `cơ quan ${p - 12}`} xã ${name}`, 'party_cell'))
    communes.push({ commune, units, villages, cells, enterprises })
  }
  await orgs.flush()
  progress(`${orgs.written} tổ chức`)

  // People and households. Per commune: the units' staff (State sector), enterprise workers, Party members in
  // the cells, and villagers grouped into households.
  const perCommune = Math.max(1, Math.floor(options.people / options.communes))
  const extra = options.people - perCommune * options.communes
  const households = new Bulk(db, 'households', [['province_id', 'uuid'], ['id', 'uuid'], ['organization_id', 'uuid'], ['head_name', 'text'], ['address', 'text'], ['sort_key', 'text']])
  const people = new Bulk(db, 'people', PERSON_COLUMNS, households)
  const heads: [string, string][] = []
  const usedCccd = new Set<string>()
  interface Staff { id: string; name: string; born: string; cccd: string; recruited: string | null; track: 'government' | 'party' | null; unitIssuer: string; commune: number; communeName: string; category: string }
  const historyPeople: Staff[] = []
  const villagersByHousehold: { id: string; headName: string; communeName: string; commune: number }[] = []
  const info: CommuneInfo[] = []
  for (let c = 0; c < communes.length; c++) {
    const { commune, units, villages, cells, enterprises } = communes[c]!
    const count = perCommune + (c < extra ? 1 : 0)
    const staffTotal = units.reduce((s, u) => s + u.staff, 0)
    // the staff scale down with tiny provinces: at most a third of the commune's people
    const staffScale = Math.min(1, count / 3 / staffTotal)
    const communeName = commune.name.replace(/^Xã /, '')
    info.push({ id: commune.id, path: commune.path, name: commune.name, committeeId: units.find((u) => u.org.kind === 'peoples_committee')!.org.id, staffUnits: units.filter((u) => ['peoples_committee', 'department', 'public_service', 'armed_force'].includes(u.org.kind)).map((u) => u.org.id) })
    let made = 0
    const person = async (org: Org, category: string, born: string, sex: 'nam' | 'nu', name: string, extraFields: { household?: string; recruited?: string | null; position?: string | null; direct?: boolean } = {}) => {
      const id = uuidFrom(rng)
      const cccd = cccdNumber(rng, '019', sex, Number(born.slice(0, 4)), usedCccd)
      await people.add([provinceId, id, name, vietnameseNameSortKey(name), born, sex, cccd, extraFields.position ?? null, org.id, category, extraFields.direct ?? false, extraFields.household ?? null, extraFields.recruited ?? null])
      made++
      return { id, cccd }
    }
    const sexOf = () => (rng.chance(0.5) ? 'nam' : 'nu') as 'nam' | 'nu'
    for (const { org, staff } of units) {
      const n = Math.round(staff * staffScale)
      for (let i = 0; i < n && made < count; i++) {
        const sex = sexOf()
        const name = fullName(rng, sex, 'national')
        const born = birthDate(rng, 1966, 2000)
        const bornYear = Number(born.slice(0, 4))
        const recruitYear = Math.max(bornYear + 21, rng.int(1990, lastYear - 1))
        const recruited = iso(Math.min(recruitYear, lastYear - 1), rng.int(1, 12), rng.int(1, 28))
        const category = STATE_CATEGORY[org.kind] ?? 'nguoi_lao_dong'
        const { id, cccd } = await person(org, category, born, sex, name, { recruited, position: category === 'vien_chuc' ? 'Viên chức' : 'Công chức' })
        historyPeople.push({ id, name, born, cccd, recruited, track: 'government', unitIssuer: org.name, commune: c, communeName, category })
      }
    }
    // enterprise workers and Party members: 7% and 10% of the rest
    const rest = count - made
    for (let i = 0; i < Math.floor(rest * 0.07) && made < count; i++) {
      const sex = sexOf()
      const name = fullName(rng, sex, 'national')
      const born = birthDate(rng, 1970, 2002)
      const { id, cccd } = await person(rng.pick(enterprises), 'nguoi_lao_dong', born, sex, name, { direct: rng.chance(0.7) })
      historyPeople.push({ id, name, born, cccd, recruited: null, track: null, unitIssuer: '', commune: c, communeName, category: 'nguoi_lao_dong' })
    }
    for (let i = 0; i < Math.floor(rest * 0.1) && made < count; i++) {
      const sex = sexOf()
      const name = fullName(rng, sex, 'national')
      const born = birthDate(rng, 1950, 2000)
      const { id, cccd } = await person(rng.pick(cells), 'dang_vien', born, sex, name)
      historyPeople.push({ id, name, born, cccd, recruited: null, track: 'party', unitIssuer: '', commune: c, communeName, category: 'dang_vien' })
    }
    // villagers in households of 2–7 people sharing the head's family name
    while (made < count) {
      const village = rng.pick(villages)
      const householdId = uuidFrom(rng)
      const family = familyName(rng, 'national')
      const size = Math.min(count - made, rng.int(2, 7))
      let headName = ''
      for (let m = 0; m < size; m++) {
        const sex = m === 0 ? (rng.chance(0.8) ? 'nam' : 'nu') : sexOf()
        const name = fullName(rng, sex, 'national', family)
        const born = m < 2 ? birthDate(rng, 1950, 1985) : birthDate(rng, 1986, 2008)
        if (m === 0) {
          headName = name
          await households.add([provinceId, householdId, village.id, name, village.name, vietnameseNameSortKey(name)])
        }
        const { id } = await person(village, 'nhan_dan', born, sex, name, { household: householdId })
        if (m === 0) heads.push([householdId, id])
      }
      villagersByHousehold.push({ id: householdId, headName, communeName, commune: c })
    }
    if (c % 10 === 9 || c === communes.length - 1) progress(`người và hộ gia đình: ${c + 1}/${communes.length} xã`)
  }
  await households.flush()
  await people.flush()
  for (let i = 0; i < heads.length; i += 5000) {
    const chunk = heads.slice(i, i + 5000)
    await db.query(
      `UPDATE households h SET head_person_id = v.person_id FROM unnest($2::uuid[], $3::uuid[]) AS v(id, person_id) WHERE h.province_id = $1 AND h.id = v.id`,
      [provinceId, chunk.map((h) => h[0]), chunk.map((h) => h[1])],
    )
  }
  progress(`${people.written} người, ${households.written} hộ`)

  // Histories
  const subjectCols = (kinds: readonly ('person_id' | 'collective_id' | 'household_id')[]): Column[] => kinds.map((k) => [k, 'uuid'] as const)
  const awards = new Bulk(db, 'award_records', [
    ['province_id', 'uuid'], ['id', 'uuid'], ['subject_kind', 'text'], ...subjectCols(['person_id', 'collective_id', 'household_id']), ['code', 'text'], ['name', 'text'], ['track', 'text'], ['level', 'text'],
    ['year', 'int'], ['decision_number', 'text'], ['decision_date', 'date'], ['decision_issuer', 'text'], ['kind', 'text'], ['achievement', 'text'], ['source', 'text'],
    ['subject_name', 'text'], ['subject_birth_date', 'date'], ['subject_cccd', 'text'],
  ])
  const ratings = new Bulk(db, 'history_ratings', [['province_id', 'uuid'], ['id', 'uuid'], ['subject_kind', 'text'], ...subjectCols(['person_id', 'collective_id']), ['year', 'int'], ['rating', 'text'], ['track', 'text']])
  const assessments = new Bulk(db, 'history_assessments', [['province_id', 'uuid'], ['id', 'uuid'], ['subject_kind', 'text'], ...subjectCols(['person_id', 'collective_id', 'household_id']), ['year', 'int'], ['key', 'text'], ['met', 'bool']])
  const initiatives = new Bulk(db, 'history_initiatives', [['province_id', 'uuid'], ['id', 'uuid'], ['subject_kind', 'text'], ...subjectCols(['person_id', 'collective_id', 'household_id']), ['title', 'text'], ['type', 'text'], ['level', 'text'], ['recognised_on', 'date'], ['applied_effectively', 'bool']])
  const discipline = new Bulk(db, 'history_discipline', [['province_id', 'uuid'], ['id', 'uuid'], ['subject_kind', 'text'], ...subjectCols(['person_id', 'collective_id', 'household_id']), ['form', 'text'], ['track', 'text'], ['start_date', 'date'], ['end_date', 'date'], ['decision_number', 'text']])
  const proceedings = new Bulk(db, 'history_proceedings', [['province_id', 'uuid'], ['id', 'uuid'], ['subject_kind', 'text'], ...subjectCols(['person_id', 'collective_id', 'household_id']), ['kind', 'text'], ['start_date', 'date'], ['end_date', 'date'], ['note', 'text']])
  const collectiveYears = new Bulk(db, 'history_collective_years', [['province_id', 'uuid'], ['id', 'uuid'], ['collective_id', 'uuid'], ['year', 'int'], ['member_count', 'int'], ['ldtt_count', 'int'], ['completed_task_count', 'int']])
  const exclusions = new Bulk(db, 'history_exclusions', [['province_id', 'uuid'], ['id', 'uuid'], ['household_id', 'uuid'], ['kind', 'text'], ['member', 'text'], ['start_date', 'date'], ['end_date', 'date']])

  const decisionNumbers = new Map<string, number>()
  const nextNumber = (key: string) => {
    const n = (decisionNumbers.get(key) ?? 0) + 1
    decisionNumbers.set(key, n)
    return n
  }
  // One registry row; subject: [kind, id, name, birth date, cccd].
  const award = async (code: CatalogueCode, subject: readonly ['individual' | 'collective' | 'household', string, string, string | null, string | null], year: number, issuer: { key: string; symbol: string; name: string; level: string }) => {
    const entry = CATALOGUE[code]
    const [kind, id, name, born, cccd] = subject
    const decisionDate = iso(year, 12, rng.int(10, 28))
    await awards.add([
      provinceId, uuidFrom(rng), kind, kind === 'individual' ? id : null, kind === 'collective' ? id : null, kind === 'household' ? id : null, code, entry.name, entry.track, issuer.level,
      year, `${nextNumber(`${issuer.key}:${year}`)}/${issuer.symbol}`, decisionDate, issuer.name, entry.kinds[0], null, 'import', name, born, cccd,
    ])
  }
  const rating = () => rng.weighted(RATINGS)
  const communeIssuer = (c: number, name: string) => ({ key: `xa${c}`, symbol: 'QĐ-UBND', name: `Chủ tịch UBND xã ${name}`, level: 'commune' })

  let done = 0
  for (const p of historyPeople) {
    const subject = ['individual', p.id, p.name, p.born, p.cccd] as const
    const bornYear = Number(p.born.slice(0, 4))
    const fromYear = Math.max(firstYear, p.recruited ? Number(p.recruited.slice(0, 4)) : bornYear + 18)
    for (let y = fromYear; y <= lastYear; y++) {
      if (p.track === 'government') {
        const r = rating()
        await ratings.add([provinceId, uuidFrom(rng), 'individual', p.id, null, y, r, 'government'])
        const good = r === 'HTXSNV' || r === 'HTTNV'
        if (good && rng.chance(0.85)) {
          await award('LDTT', subject, y, communeIssuer(p.commune, p.communeName))
          if (r === 'HTXSNV' && rng.chance(0.3)) await award('CSTDCS', subject, y, communeIssuer(p.commune, p.communeName))
        }
        if (good && rng.chance(0.06)) await award('GIAY_KHEN_CHU_TICH_XA', subject, y, communeIssuer(p.commune, p.communeName))
        if (rng.chance(0.05)) await initiatives.add([provinceId, uuidFrom(rng), 'individual', p.id, null, null, `Sáng kiến cải tiến công việc năm ${y} của ${p.name}`, 'sang_kien', 'co_so', iso(y, rng.int(9, 11), rng.int(1, 28)), rng.chance(0.8)])
      } else if (p.track === 'party') {
        await ratings.add([provinceId, uuidFrom(rng), 'individual', p.id, null, y, rating(), 'party'])
      } else if (rng.chance(0.4)) {
        await award('LDTT', subject, y, communeIssuer(p.commune, p.communeName))
      }
    }
    if (p.track !== 'party') {
      for (let y = Math.max(fromYear, lastYear - 2); y <= lastYear; y++) {
        for (const key of ['TU_LUC_DOAN_KET', 'THI_DUA', 'GUONG_MAU']) await assessments.add([provinceId, uuidFrom(rng), 'individual', p.id, null, null, y, key, rng.chance(0.95)])
      }
    }
    if (p.track === 'government' && rng.chance(0.015)) {
      const y = rng.int(Math.max(fromYear, firstYear), lastYear)
      const start = iso(y, rng.int(1, 6), rng.int(1, 28))
      await discipline.add([provinceId, uuidFrom(rng), 'individual', p.id, null, null, rng.pick(['khien_trach', 'canh_cao']), 'government', start, iso(y, rng.int(7, 12), rng.int(1, 28)), `${rng.int(1, 300)}/QĐ-UBND`])
    }
    if (rng.chance(0.003)) await proceedings.add([provinceId, uuidFrom(rng), 'individual', p.id, null, null, rng.pick(['khieu_nai', 'to_cao', 'kiem_tra']), iso(lastYear, rng.int(1, 10), rng.int(1, 28)), null, null])
    if (++done % 20000 === 0) progress(`lịch sử cá nhân: ${done}/${historyPeople.length}`)
  }
  for (const h of villagersByHousehold) {
    const subject = ['household', h.id, `Hộ ${h.headName}`, null, null] as const
    for (let y = firstYear; y <= lastYear; y++) if (rng.chance(0.8)) await award('GIA_DINH_VAN_HOA', subject, y, communeIssuer(h.commune, h.communeName))
    for (let y = lastYear - 2; y <= lastYear; y++) await assessments.add([provinceId, uuidFrom(rng), 'household', null, null, h.id, y, 'GDVH_TIEU_CHUAN', rng.chance(0.9)])
    if (rng.chance(0.01)) {
      const start = iso(lastYear, rng.int(1, 6), rng.int(1, 28))
      await exclusions.add([provinceId, uuidFrom(rng), h.id, rng.pick(['xu_phat_trat_tu', 'nghia_vu_thue']), 'Một thành viên của hộ', start, null])
    }
  }
  progress(`lịch sử hộ gia đình: ${villagersByHousehold.length}`)
  for (let c = 0; c < communes.length; c++) {
    const { units, villages, cells, commune } = communes[c]!
    const name = commune.name.replace(/^Xã /, '')
    for (let y = firstYear; y <= lastYear; y++) {
      for (const { org, staff } of units) {
        await ratings.add([provinceId, uuidFrom(rng), 'collective', null, org.id, y, rating(), 'government'])
        if (staff > 0) {
          const members = Math.max(1, staff)
          const ldtt = rng.int(Math.floor(members * 0.6), members)
          await collectiveYears.add([provinceId, uuidFrom(rng), org.id, y, members, ldtt, members])
          if (rng.chance(0.5)) await award('TTLDTT', ['collective', org.id, org.name, null, null], y, communeIssuer(c, name))
        }
      }
      for (const v of villages) if (rng.chance(0.6)) await award('THON_VAN_HOA', ['collective', v.id, v.name, null, null], y, communeIssuer(c, name))
      for (const cell of cells) await ratings.add([provinceId, uuidFrom(rng), 'collective', null, cell.id, y, rating(), 'party'])
    }
  }
  for (const b of [awards, ratings, assessments, initiatives, discipline, proceedings, collectiveYears, exclusions]) await b.flush()
  progress(`${awards.written} bản ghi khen thưởng, ${ratings.written} xếp loại, ${assessments.written} đánh giá`)
  return {
    provinceId,
    rootId: root.id,
    rootPath: root.path,
    communes: info,
    firstYear,
    lastYear,
    counts: {
      organizations: orgs.written, people: people.written, households: households.written, awards: awards.written, ratings: ratings.written, assessments: assessments.written,
      initiatives: initiatives.written, discipline: discipline.written, proceedings: proceedings.written, collectiveYears: collectiveYears.written, exclusions: exclusions.written,
    },
  }
}
