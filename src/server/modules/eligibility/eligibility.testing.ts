// Histories written through the API for the eligibility tests (imported by *.db.test.ts only).
import type { ApiClient } from '../../testing/api-client.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'

async function created(client: ApiClient, url: string, body: Record<string, unknown>) {
  const res = await client.post(url, body)
  if (res.status !== 201) throw new Error(`${url}: ${JSON.stringify(res.body)}`)
  return res.body
}

export interface StaffHistory {
  name: string
  sex?: 'nam' | 'nu'
  birthDate?: string
  organizationId?: string
  recruitedOn?: string | null
  /** year → rating (State track). */
  ratings?: Record<number, string>
  /** The unit's review of the year: TU_LUC_DOAN_KET and THI_DUA (LĐTT), GUONG_MAU (Giấy khen, Bằng khen). */
  assessed?: { year: number; keys: string[]; met?: boolean }[]
  discipline?: { form: string; startDate: string; endDate?: string }[]
  awards?: { code: string; year: number; decisionNumber?: string }[]
}

/** A person of the school (by default) with the history given, written by the commune A officer. */
export async function staffWithHistory(t: HistoryTestContext, h: StaffHistory): Promise<{ id: string; version: number }> {
  const officer = await t.as('officerA')
  const person = await t.person({ fullName: h.name, sex: h.sex ?? 'nam', birthDate: h.birthDate ?? '1985-06-01', ...(h.organizationId ? { organizationId: h.organizationId } : {}) })
  let version = person.version
  if (h.recruitedOn !== null) {
    const res = await officer.patch(`/api/history/people/${person.id}`, { version, recruitedOn: h.recruitedOn ?? '2010-09-01' })
    if (res.status !== 200) throw new Error(JSON.stringify(res.body))
    version = res.body.version
  }
  const subject = { subjectKind: 'individual', subjectId: person.id }
  for (const [year, rating] of Object.entries(h.ratings ?? {})) await created(officer, '/api/history/ratings', { ...subject, year: Number(year), rating })
  for (const a of h.assessed ?? []) for (const key of a.keys) await created(officer, '/api/history/assessments', { ...subject, year: a.year, key, met: a.met ?? true })
  for (const d of h.discipline ?? []) await created(officer, '/api/history/discipline', { ...subject, ...d })
  for (const a of h.awards ?? []) await created(officer, '/api/history/awards', { ...subject, ...a })
  return { id: person.id, version }
}
