// The SQL of the statistical forms: one query per form, one `count(*) FILTER (WHERE …)` per column of the form's
// definition (src/shared/statistics-forms.ts), grouped by the form's row dimension with the grand total as one
// more grouping set. Column conditions come from a fixed list of fragments; only their values are parameters.
import type { Db } from '../../db/client.ts'
import type { AwardColumnFilter, CampaignColumnFilter, StatisticsForm } from '../../../shared/statistics-forms.ts'
import { AWARDS_IN_SCOPE, type Scope } from './statistics.repository.ts'

export interface FormCells {
  /** The row dimension's value; null on rows that do not state it. */
  key: string | null
  /** The name as written, for awards outside the catalogue (rowBy 'form'). */
  name: string | null
  /** True on the grand total. */
  total: boolean
  cells: number[]
}

/** `WHERE` condition of one column; pushes its values onto params. */
function awardCondition(f: AwardColumnFilter, params: unknown[]): string {
  const parts: string[] = []
  const bind = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (f.subjectKind) parts.push(`s.subject_kind = ${bind(f.subjectKind)}::text`)
  if (f.sex) parts.push(`s.sex = ${bind(f.sex)}::text`)
  if (f.directWorker) parts.push('s.direct_worker IS TRUE')
  if (f.track) parts.push(`s.track = ${bind(f.track)}::text`)
  return parts.length ? parts.join(' AND ') : 'true'
}

function campaignCondition(f: CampaignColumnFilter, params: unknown[]): string {
  const parts: string[] = []
  const bind = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (f.issuerLevels) parts.push(`s.issuer_level = ANY(${bind(f.issuerLevels)}::text[])`)
  if (f.track) parts.push(`s.track = ${bind(f.track)}::text`)
  return parts.length ? parts.join(' AND ') : 'true'
}

/** The rows to count for a form: awards of the subtree in the years, or plans issued by its units in those years. */
function source(form: StatisticsForm): string {
  if (form.source === 'campaigns') {
    return `SELECT c.kind AS k, NULL::text AS n, o.level AS issuer_level, c.track
      FROM campaigns c JOIN organizations o ON o.province_id = c.province_id AND o.id = c.issuer_id
     WHERE c.province_id = $1 AND o.path LIKE $2 || '%' AND c.status <> 'draft' AND c.amends_id IS NULL
       AND extract(year FROM c.issued_on) BETWEEN $3 AND $4`
  }
  const key = form.rowBy === 'form' ? 'r.code AS k, CASE WHEN r.code IS NULL THEN r.name END AS n' : 'r.level AS k, NULL::text AS n'
  return `SELECT ${key}, r.subject_kind, p.sex, p.direct_worker, r.track ${AWARDS_IN_SCOPE}`
}

/** Every row of the form found in the scope, and the grand total (total: true), each cell counted by the database. */
export async function countFormCells(db: Db, form: StatisticsForm, s: Scope): Promise<FormCells[]> {
  const params: unknown[] = [s.provinceId, s.path, s.fromYear, s.toYear]
  const columns = form.source === 'campaigns'
    ? form.columns.map((c, i) => `count(*) FILTER (WHERE ${campaignCondition(c.filter, params)})::int AS c${i}`)
    : form.columns.map((c, i) => `count(*) FILTER (WHERE ${awardCondition(c.filter, params)})::int AS c${i}`)
  const rows = await db.query<Record<string, unknown> & { k: string | null; n: string | null; grand: number }>(
    `SELECT s.k, s.n, GROUPING(s.k, s.n)::int AS grand, ${columns.join(', ')}
       FROM (${source(form)}) s
      GROUP BY GROUPING SETS ((s.k, s.n), ())`,
    params,
  )
  return rows.map((row) => ({
    key: row.k,
    name: row.n,
    total: row.grand !== 0,
    cells: form.columns.map((_, i) => row[`c${i}`] as number),
  }))
}
