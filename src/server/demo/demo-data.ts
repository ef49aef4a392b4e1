// Turns the demo tree into rows: organizations (paths, kinds, successors), people, households, clusters.
// Pure and deterministic (seeded PRNG); only the UUIDs are random.
import { randomUUID } from 'node:crypto'
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../shared/organizations.ts'
import { vietnameseNameSortKey, vietnameseTextSortKey } from '../../shared/vietnamese.ts'
import { Rng } from './demo-random.ts'
import { birthDate, birthProvince, cccdNumber, familyName, fullName, sexFromName, type NameProfile, type Sex } from './demo-names.ts'
import { CLUSTERS, provinceTree, type OrgSpec, type PersonCategory, type StaffSpec } from './demo-tree.ts'

export const DEMO_SEED = 20250701

export interface DemoOrganization {
  id: string
  key: string | undefined
  parentId: string | null
  path: string
  name: string
  shortName: string | null
  kind: OrganizationKind
  level: string
  track: string
  sortKey: string
  validFrom: string | null
  validTo: string | null
  successorId: string | null
  note: string | null
}

export interface DemoPerson {
  id: string
  key: string | undefined
  fullName: string
  sortKey: string
  birthDate: string
  sex: Sex
  cccd: string
  position: string
  organizationId: string
  category: PersonCategory
  directWorker: boolean
  householdId: string | null
}

export interface DemoHousehold {
  id: string
  organizationId: string
  headName: string
  headPersonId: string | null
  address: string
  sortKey: string
}

export interface DemoCluster {
  id: string
  ownerId: string
  name: string
  kind: 'cluster' | 'bloc'
  year: number
  members: { organizationId: string; isLeader: boolean }[]
}

export interface DemoData {
  organizations: DemoOrganization[]
  people: DemoPerson[]
  households: DemoHousehold[]
  clusters: DemoCluster[]
  organizationByKey: Map<string, DemoOrganization>
  personByKey: Map<string, DemoPerson>
}

const FARM_JOBS: Record<NameProfile, readonly (readonly [string, number])[]> = {
  tay: [['Nông dân', 5], ['Nông dân trồng chè', 3], ['Nông dân chăn nuôi', 1], ['Lao động tự do', 1]],
  national: [['Nông dân', 6], ['Nông dân chăn nuôi', 1], ['Lao động tự do', 1], ['Công nhân', 1]],
}
const TOWN_JOBS = [['Kinh doanh cá thể', 3], ['Công nhân', 3], ['Lao động tự do', 2], ['Cán bộ hưu trí', 1]] as const

function jobCategory(job: string): { category: PersonCategory; direct: boolean } {
  if (job === 'Cán bộ hưu trí') return { category: 'nhan_dan', direct: false }
  if (job === 'Công nhân') return { category: 'nguoi_lao_dong', direct: true }
  return { category: 'nhan_dan', direct: true }
}

export function buildDemoData(seed = DEMO_SEED): DemoData {
  const rng = new Rng(seed)
  const organizations: DemoOrganization[] = []
  const people: DemoPerson[] = []
  const households: DemoHousehold[] = []
  const organizationByKey = new Map<string, DemoOrganization>()
  const personByKey = new Map<string, DemoPerson>()
  const successors: { org: DemoOrganization; key: string }[] = []
  const usedCccd = new Set<string>()
  const tree = provinceTree()
  // Generated people never take the name of someone named in the seeds (searches for them stay unambiguous).
  const reserved = new Set<string>()
  const collect = (spec: OrgSpec) => {
    for (const s of spec.staff ?? []) if (s.name) reserved.add(s.name)
    spec.children?.forEach(collect)
  }
  collect(tree)
  const freshName = (sex: Sex, profile: NameProfile, family?: string) => {
    for (;;) {
      const name = fullName(rng, sex, profile, family ?? familyName(rng, profile))
      if (!reserved.has(name)) return name
    }
  }

  const addPerson = (p: Omit<DemoPerson, 'id' | 'sortKey' | 'cccd' | 'birthDate'> & { born: readonly [number, number]; birthProvince?: string | undefined }): DemoPerson => {
    const date = birthDate(rng, p.born[0], p.born[1])
    const province = p.birthProvince ?? birthProvince(rng)
    const person: DemoPerson = {
      id: randomUUID(),
      key: p.key,
      fullName: p.fullName,
      sortKey: vietnameseNameSortKey(p.fullName),
      birthDate: date,
      sex: p.sex,
      cccd: cccdNumber(rng, province, p.sex, Number(date.slice(0, 4)), usedCccd),
      position: p.position,
      organizationId: p.organizationId,
      category: p.category,
      directWorker: p.directWorker,
      householdId: p.householdId,
    }
    if (p.key) {
      if (personByKey.has(p.key)) throw new Error(`duplicate demo person key ${p.key}`)
      personByKey.set(p.key, person)
    }
    people.push(person)
    return person
  }

  const staffPerson = (spec: StaffSpec, org: DemoOrganization, profile: NameProfile, index: number): DemoPerson => {
    const implied = spec.name ? sexFromName(spec.name) : undefined
    if (spec.sex && implied && spec.sex !== implied) throw new Error(`demo person ${spec.name}: sex does not match the middle name`)
    const femaleShare = /Giáo viên|Hiệu trưởng/.test(spec.position) ? 0.7 : 0.4
    const sex: Sex = spec.sex ?? implied ?? (rng.chance(femaleShare) ? 'nu' : 'nam')
    return addPerson({
      key: spec.key && index === 0 ? spec.key : spec.key ? `${spec.key}#${index + 1}` : undefined,
      fullName: spec.name ?? freshName(sex, profile),
      sex,
      position: spec.position,
      organizationId: org.id,
      category: spec.category,
      directWorker: spec.direct ?? false,
      householdId: null,
      born: spec.born,
      birthProvince: spec.birthProvince,
    })
  }

  const makeHouseholds = (spec: OrgSpec, org: DemoOrganization, profile: NameProfile, villageHead: DemoPerson | undefined) => {
    const town = spec.address?.includes('phường') ?? false
    for (let i = 0; i < (spec.households ?? 0); i++) {
      const household: DemoHousehold = { id: randomUUID(), organizationId: org.id, headName: '', headPersonId: null, address: spec.address ?? '', sortKey: '' }
      households.push(household)
      let head: { name: string; sex: Sex; year: number; family: string }
      let job = town ? rng.weighted(TOWN_JOBS) : rng.weighted(FARM_JOBS[profile])
      const withoutPerson = i > 0 && rng.chance(0.08)
      if (i === 0 && villageHead) {
        villageHead.householdId = household.id
        household.headPersonId = villageHead.id
        head = { name: villageHead.fullName, sex: villageHead.sex, year: Number(villageHead.birthDate.slice(0, 4)), family: villageHead.fullName.split(' ')[0]! }
      } else {
        const sex: Sex = rng.chance(0.15) ? 'nu' : 'nam'
        const family = familyName(rng, profile)
        const name = freshName(sex, profile, family)
        const born: [number, number] = job === 'Cán bộ hưu trí' ? [1960, 1964] : [1960, 1990]
        if (withoutPerson) {
          head = { name, sex, year: rng.int(born[0], born[1]), family }
        } else {
          const { category, direct } = jobCategory(job)
          const person = addPerson({ key: undefined, fullName: name, sex, position: job, organizationId: org.id, category, directWorker: direct, householdId: household.id, born })
          household.headPersonId = person.id
          head = { name, sex, year: Number(person.birthDate.slice(0, 4)), family }
        }
      }
      household.headName = head.name
      household.sortKey = vietnameseNameSortKey(head.name)

      let fatherFamily = head.sex === 'nam' ? head.family : undefined
      if (withoutPerson || rng.chance(0.3)) {
        const sex: Sex = head.sex === 'nam' ? 'nu' : 'nam'
        let family = familyName(rng, profile)
        while (family === head.family) family = familyName(rng, profile)
        if (sex === 'nam') fatherFamily = family
        if (town) job = rng.weighted(TOWN_JOBS)
        const { category, direct } = jobCategory(job)
        const year = Math.min(2003, Math.max(1960, head.year + rng.int(-3, 5)))
        addPerson({ key: undefined, fullName: freshName(sex, profile, family), sex, position: job, organizationId: org.id, category, directWorker: direct, householdId: household.id, born: [year, year] })
      }
      if (head.year <= 1976 && rng.chance(0.12)) {
        const sex: Sex = rng.chance(0.5) ? 'nu' : 'nam'
        const from = Math.max(head.year + 22, 1995)
        const child = rng.weighted([['Công nhân', 3], ['Lao động tự do', 1]] as const)
        addPerson({ key: undefined, fullName: freshName(sex, profile, fatherFamily ?? head.family), sex, position: child, organizationId: org.id, category: jobCategory(child).category, directWorker: true, householdId: household.id, born: [from, 2003] })
      }
    }
  }

  const visit = (spec: OrgSpec, parent: DemoOrganization | null, inherited: NameProfile) => {
    const kind = ORGANIZATION_KINDS[spec.kind]
    const id = randomUUID()
    const org: DemoOrganization = {
      id,
      key: spec.key,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      name: spec.name,
      shortName: spec.shortName ?? null,
      kind: spec.kind,
      level: kind.level,
      track: kind.track,
      sortKey: vietnameseTextSortKey(spec.name),
      validFrom: spec.validFrom ?? null,
      validTo: spec.validTo ?? null,
      successorId: null,
      note: spec.note ?? null,
    }
    organizations.push(org)
    if (spec.key) {
      if (organizationByKey.has(spec.key)) throw new Error(`duplicate demo organization key ${spec.key}`)
      organizationByKey.set(spec.key, org)
    }
    if (spec.successor) successors.push({ org, key: spec.successor })
    const profile = spec.profile ?? inherited
    let first: DemoPerson | undefined
    for (const s of spec.staff ?? []) {
      for (let i = 0; i < (s.count ?? 1); i++) {
        const person = staffPerson(s, org, profile, i)
        first ??= person
      }
    }
    if (spec.kind === 'village') makeHouseholds(spec, org, profile, first)
    for (const child of spec.children ?? []) visit(child, org, profile)
  }
  visit(tree, null, 'national')

  for (const { org, key } of successors) {
    const successor = organizationByKey.get(key)
    if (!successor) throw new Error(`demo successor ${key} not found`)
    org.successorId = successor.id
  }

  const clusters: DemoCluster[] = CLUSTERS.map((c) => {
    const byKey = (key: string) => {
      const org = organizationByKey.get(key)
      if (!org) throw new Error(`demo cluster member ${key} not found`)
      return org
    }
    return {
      id: randomUUID(),
      ownerId: byKey(c.owner).id,
      name: c.name,
      kind: c.kind,
      year: c.year,
      members: c.members.map((m) => ({ organizationId: byKey(m).id, isLeader: m === c.leader })),
    }
  })

  return { organizations, people, households, clusters, organizationByKey, personByKey }
}
