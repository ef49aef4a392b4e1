// The app, a signed-in tenant, and rows of the registry and decisions written with SQL (their own modules
// build the real flows) — for the honour board tests (imported by *.db.test.ts only).
import { randomUUID } from 'node:crypto'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'

export interface HonoursTestContext extends HistoryTestContext {
  /** Signed in on another app (e.g. one with other settings). */
  on(app: ReturnType<typeof testApp>, account: string): Promise<ApiClient>
  /** A request without a session cookie. */
  anonymous(url: string, app?: ReturnType<typeof testApp>): Promise<{ status: number; body: any; headers: Headers; bytes: Uint8Array }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function openHonoursTest(): Promise<HonoursTestContext> {
  const base = await openHistoryTest()
  return {
    ...base,
    on: (target, account) => ApiClient.signIn(target, base.tenant.accounts[account]!.username),
    async anonymous(url, target = base.app) {
      const res = await target.request(url)
      const bytes = new Uint8Array(await res.arrayBuffer())
      const text = new TextDecoder().decode(bytes)
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        /* not JSON */
      }
      return { status: res.status, body, headers: res.headers, bytes }
    },
  }
}

/** A registry row for a subject (a Giấy khen of the commune chairman unless told otherwise). */
export async function awardOf(t: HistoryTestContext, subject: { kind: 'individual' | 'collective' | 'household'; id: string; name: string }, fields: { name?: string; year?: number; decisionNumber?: string; decisionDate?: string; revoked?: boolean } = {}): Promise<string> {
  const id = randomUUID()
  const column = { individual: 'person_id', collective: 'collective_id', household: 'household_id' }[subject.kind]
  await t.db.query(
    `INSERT INTO award_records (province_id, id, subject_kind, ${column}, code, name, track, level, year, decision_number, decision_date, decision_issuer, source, subject_name,
       subject_birth_date, subject_cccd, revoked_on, revoked_reason)
     VALUES ($1, $2, $3, $4, NULL, $5, 'government', 'commune', $6, $7, $8, 'UBND xã Bình Thành', 'manual', $9, '1985-06-01', '001085012345', $10, $11)`,
    [t.tenant.provinceId, id, subject.kind, subject.id, fields.name ?? 'Giấy khen của Chủ tịch UBND xã', fields.year ?? 2025, fields.decisionNumber ?? '15/QĐ-UBND',
      fields.decisionDate ?? '2025-12-20', subject.name, fields.revoked ? '2026-01-05' : null, fields.revoked ? 'Hồ sơ khai man' : null],
  )
  return id
}

/** An award decision of commune A, issued as number `number` or left a draft. */
export async function decisionOf(t: HistoryTestContext, status: 'issued' | 'draft', number = 7): Promise<string> {
  const id = randomUUID()
  const issued = status === 'issued'
  await t.db.query(
    `INSERT INTO award_decisions (province_id, id, organization_id, year, track, symbol, title, decision_date, signing_form, signer_name, signer_title, status,
       period_key, number, issued_by, issued_at, created_by)
     VALUES ($1, $2, $3, 2025, 'state', 'QĐ-UBND', 'Về việc tặng Giấy khen', '2025-12-20', 'TM', 'Ma Văn Hùng', 'CHỦ TỊCH', $4, $5, $6, $7, $8, $9)`,
    [t.tenant.provinceId, id, t.tenant.org.communeA.id, status, issued ? '2025' : null, issued ? number : null, issued ? t.tenant.accounts.officerA!.id : null,
      issued ? new Date() : null, t.tenant.accounts.officerA!.id],
  )
  return id
}

/** The smallest bytes the sniffer takes for each photo type, and impostors. */
export const PHOTO = {
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(7)]),
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(7)]),
  webp: new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([64, 0, 0, 0], [...'WEBPVP8 '].map((c) => c.charCodeAt(0)), new Array(56).fill(7))),
  gif: new Uint8Array([...'GIF89a'].map((c) => c.charCodeAt(0)).concat(new Array(64).fill(7))),
  svg: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  html: new TextEncoder().encode('<!doctype html><script>alert(1)</script>'),
}
