// The SQL that gathers what a nomination's generated dossier parts print about their subjects: a person's
// birth date, sex, post and unit; a collective's unit above and its members in the year; a household's
// address, village and members.
import type { Db } from '../../db/client.ts'
import type { SubjectKind } from '../../../rules/index.ts'

export interface SubjectDetails {
  id: string
  kind: SubjectKind
  name: string
  birthDate: string | null
  sex: 'nam' | 'nu' | null
  position: string | null
  /** The person's or household's unit; the collective itself. */
  unitName: string
  /** The unit above a collective; a household's village. */
  parentName: string | null
  address: string | null
  memberCount: number | null
  headName: string | null
}

export async function findSubjectDetails(db: Db, provinceId: string, subjects: readonly { kind: SubjectKind; id: string }[], year: number): Promise<SubjectDetails[]> {
  const ids = (kind: SubjectKind) => subjects.filter((s) => s.kind === kind).map((s) => s.id)
  const [people, collectives, households] = await Promise.all([
    db.query<SubjectDetails>(
      `SELECT p.id, 'individual' AS kind, p.full_name AS name, p.birth_date AS "birthDate", p.sex, p.position, o.name AS "unitName",
              NULL::text AS "parentName", NULL::text AS address, NULL::int AS "memberCount", NULL::text AS "headName"
         FROM people p JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id
        WHERE p.province_id = $1 AND p.id = ANY($2::uuid[])`,
      [provinceId, ids('individual')],
    ),
    db.query<SubjectDetails>(
      `SELECT o.id, 'collective' AS kind, o.name, NULL::date AS "birthDate", NULL::text AS sex, NULL::text AS position, o.name AS "unitName",
              parent.name AS "parentName", NULL::text AS address, y.member_count AS "memberCount", NULL::text AS "headName"
         FROM organizations o
         LEFT JOIN organizations parent ON parent.province_id = o.province_id AND parent.id = o.parent_id
         LEFT JOIN history_collective_years y ON y.province_id = o.province_id AND y.collective_id = o.id AND y.year = $3
        WHERE o.province_id = $1 AND o.id = ANY($2::uuid[])`,
      [provinceId, ids('collective'), year],
    ),
    db.query<SubjectDetails>(
      `SELECT h.id, 'household' AS kind, 'Hộ ' || h.head_name AS name, NULL::date AS "birthDate", NULL::text AS sex, NULL::text AS position,
              o.name AS "unitName", o.name AS "parentName", h.address,
              (SELECT count(*)::int FROM people m WHERE m.province_id = h.province_id AND m.household_id = h.id) AS "memberCount", h.head_name AS "headName"
         FROM households h JOIN organizations o ON o.province_id = h.province_id AND o.id = h.organization_id
        WHERE h.province_id = $1 AND h.id = ANY($2::uuid[])`,
      [provinceId, ids('household')],
    ),
  ])
  return [...people, ...collectives, ...households]
}
