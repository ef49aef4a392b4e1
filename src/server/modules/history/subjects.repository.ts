// Every SQL statement that reads the subjects of a history — people (cá nhân), organizations as
// collectives (tập thể), households (hộ gia đình) — and the recruitment date kept on people.
import type { Db } from '../../db/client.ts'
import type { OrganizationKind } from '../../../shared/organizations.ts'
import type { PersonCategory } from '../../../shared/people.ts'
import type { SubjectKind } from '../../../rules/index.ts'

export interface Subject {
  kind: SubjectKind
  id: string
  /** Full name, the organization's name, or "Hộ <head of household>". */
  name: string
  sortKey: string
  /** The unit whose path scopes the subject: the person's or household's unit, or the collective itself. */
  organizationId: string
  organizationName: string
  organizationPath: string
  organizationKind: OrganizationKind
  /** Collectives: the unit above (a collective is counted in its parent's pool); null otherwise. */
  parentId: string | null
  birthDate: string | null
  cccd: string | null
  recruitedOn: string | null
  category: PersonCategory | null
  /** The person's, organization's or household's version (what PATCH /api/history/people/:id expects). */
  version: number
}

const SELECT = {
  individual: `SELECT 'individual' AS kind, p.id, p.full_name AS name, p.sort_key AS "sortKey", o.id AS "organizationId", o.name AS "organizationName",
      o.path AS "organizationPath", o.kind AS "organizationKind", NULL::uuid AS "parentId", p.birth_date AS "birthDate", p.cccd,
      p.recruited_on AS "recruitedOn", p.category, p.version
    FROM people p JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id
    WHERE p.province_id = $1`,
  collective: `SELECT 'collective' AS kind, o.id, o.name, o.sort_key AS "sortKey", o.id AS "organizationId", o.name AS "organizationName",
      o.path AS "organizationPath", o.kind AS "organizationKind", o.parent_id AS "parentId", NULL::date AS "birthDate", NULL::text AS cccd,
      NULL::date AS "recruitedOn", NULL::text AS category, o.version
    FROM organizations o
    WHERE o.province_id = $1`,
  household: `SELECT 'household' AS kind, h.id, 'Hộ ' || h.head_name AS name, h.sort_key AS "sortKey", o.id AS "organizationId", o.name AS "organizationName",
      o.path AS "organizationPath", o.kind AS "organizationKind", NULL::uuid AS "parentId", NULL::date AS "birthDate", NULL::text AS cccd,
      NULL::date AS "recruitedOn", NULL::text AS category, h.version
    FROM households h JOIN organizations o ON o.province_id = h.province_id AND o.id = h.organization_id
    WHERE h.province_id = $1`,
} as const satisfies Record<SubjectKind, string>

export const ID = { individual: 'p.id', collective: 'o.id', household: 'h.id' } as const satisfies Record<SubjectKind, string>

export async function findSubject(db: Db, provinceId: string, kind: SubjectKind, id: string): Promise<Subject | undefined> {
  return (await findSubjects(db, provinceId, kind, [id]))[0]
}

export async function findSubjects(db: Db, provinceId: string, kind: SubjectKind, ids: readonly string[]): Promise<Subject[]> {
  if (ids.length === 0) return []
  return db.query<Subject>(`${SELECT[kind]} AND ${ID[kind]} = ANY($2::uuid[])`, [provinceId, ids])
}

/** Which collectives a list counts: organizations in force on `activeOn`, optionally only of some kinds. */
export interface CollectiveFilter {
  activeOn: string
  organizationKinds: readonly OrganizationKind[] | null
}

/** The statement selecting the subjects of one kind under a unit, and its parameters (collectives: in force on `activeOn`, of these kinds). */
export function inSubtree(provinceId: string, kind: SubjectKind, scopePath: string, collectives: CollectiveFilter): [string, unknown[]] {
  if (kind !== 'collective') return [`${SELECT[kind]} AND o.path LIKE $2 || '%'`, [provinceId, scopePath]]
  return [
    `${SELECT.collective} AND o.path LIKE $2 || '%'
       AND (o.valid_from IS NULL OR o.valid_from <= $3::date) AND (o.valid_to IS NULL OR o.valid_to >= $3::date)
       AND ($4::text[] IS NULL OR o.kind = ANY($4::text[]))`,
    [provinceId, scopePath, collectives.activeOn, collectives.organizationKinds],
  ]
}

/** How many subjects of one kind lie under a unit (collectives: the organizations of the subtree, the root included, as filtered). */
export async function countSubjectsInSubtree(db: Db, provinceId: string, kind: SubjectKind, scopePath: string, collectives: CollectiveFilter): Promise<number> {
  const [statement, params] = inSubtree(provinceId, kind, scopePath, collectives)
  const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM (${statement}) s`, params)
  return row!.count
}

/** The fields of a subject its history is built from (load-subject-history.ts), and its place in name order. */
export type JudgedSubject = Pick<Subject, 'kind' | 'id' | 'name' | 'sortKey' | 'organizationKind' | 'birthDate' | 'recruitedOn' | 'category'>

/** A JudgedSubject as a judging thread receives it (its kind is the batch's; subtree-slice.repository.ts). */
export type JudgedSubjectTuple = [id: string, name: string, sortKey: string, organizationKind: OrganizationKind, birthDate: string | null, recruitedOn: string | null, category: PersonCategory | null]

/** People of a subtree with one of these CCCD numbers, or one of these accent-folded full names (spreadsheet matching). */
export async function findPeopleByIdentity(db: Db, provinceId: string, scopePath: string, cccds: string[], foldedNames: string[]): Promise<Subject[]> {
  if (cccds.length === 0 && foldedNames.length === 0) return []
  return db.query<Subject>(
    `${SELECT.individual} AND o.path LIKE $2 || '%' AND (p.cccd = ANY($3::text[]) OR p.name_folded = ANY($4::text[]))`,
    [provinceId, scopePath, cccds, foldedNames],
  )
}

/** Optimistic update of a person's recruitment date; false when the version no longer matches. */
export async function updateRecruitedOn(db: Db, provinceId: string, personId: string, recruitedOn: string | null, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE people SET recruited_on = $3, version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2 AND version = $4 RETURNING id`,
    [provinceId, personId, recruitedOn, expectedVersion],
  )
  return rows.length > 0
}

/** Sets the recruitment date of several people at once (spreadsheet import); bumps their versions. */
export async function setRecruitedOn(db: Db, provinceId: string, dates: { personId: string; recruitedOn: string }[]): Promise<void> {
  if (dates.length === 0) return
  await db.query(
    `UPDATE people p SET recruited_on = v.recruited_on, version = p.version + 1, updated_at = now()
       FROM unnest($2::uuid[], $3::date[]) AS v(id, recruited_on)
      WHERE p.province_id = $1 AND p.id = v.id AND p.recruited_on IS DISTINCT FROM v.recruited_on`,
    [provinceId, dates.map((d) => d.personId), dates.map((d) => d.recruitedOn)],
  )
}
