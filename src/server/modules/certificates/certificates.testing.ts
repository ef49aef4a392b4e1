// An issued award decision of commune A with its awardee lines, registry rows and valid certificates, written
// with SQL as the decisions module writes them at issue, for the certificate tests (imported by *.db.test.ts only).
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import type { HistoryTestContext } from '../history/history.testing.ts'
import { newCertificateCode } from '../../../shared/certificate-code.ts'
import { CATALOGUE } from '../../../rules/index.ts'

export interface Awardee {
  fullName: string
  sex?: 'nam' | 'nu'
  position?: string
  target?: 'GIAY_KHEN_CHU_TICH_XA' | 'CSTDCS' | 'LDTT'
  achievement?: string
}

export interface IssuedCertificate {
  id: string
  code: string
  serial: number
  version: number
  awardRecordId: string
  nominationId: string
  personId: string
}

export interface IssuedDecision {
  id: string
  number: number
  certificates: IssuedCertificate[]
}

/** Commune A's chairman decides: one line per awardee (a person of the primary school), serials from 1. */
export async function issuedDecision(t: HistoryTestContext, awardees: Awardee[], signingForm: 'none' | 'TM' | 'KT' = 'none'): Promise<IssuedDecision> {
  const { db, tenant } = t
  const p = tenant.provinceId
  const officer = tenant.accounts.officerA!.id
  const unit = tenant.accounts.unitSchoolA!.id
  // Numbered in this database (each test file has its own), not by a counter shared by the files a worker runs.
  const [{ number }] = (await db.query<{ number: number }>(
    `SELECT greatest((SELECT max(number) FROM award_decisions WHERE province_id = $1 AND organization_id = $2 AND symbol = 'QĐ-UBND' AND period_key = '2025'),
                     (SELECT max(number) FROM nomination_batches WHERE province_id = $1 AND organization_id = $3 AND symbol = 'TTr-THBT' AND period_key = '2025'),
                     0)::int + 1 AS number`,
    [p, tenant.org.communeA.id, tenant.org.schoolA.id],
  )) as [{ number: number }]
  const batchId = randomUUID()
  await db.query(
    `INSERT INTO nomination_batches (province_id, id, organization_id, year, track, symbol, period_key, number, submitted_on, submitted_by)
     VALUES ($1, $2, $3, 2025, 'state', 'TTr-THBT', '2025', $4, '2025-12-01', $5)`,
    [p, batchId, tenant.org.schoolA.id, number, unit],
  )
  const decisionId = randomUUID()
  await db.query(
    `INSERT INTO award_decisions (province_id, id, organization_id, year, track, symbol, title, decision_date, signing_form, signer_name, signer_title,
       status, period_key, number, issued_by, issued_at, created_by)
     VALUES ($1, $2, $3, 2025, 'state', 'QĐ-UBND', 'Về việc tặng Giấy khen năm học 2024-2025', '2025-12-20', $4, $5, $6, 'issued', '2025', $7, $8, now(), $8)`,
    [p, decisionId, tenant.org.communeA.id, signingForm, signingForm === 'KT' ? 'Lê Thị Minh' : 'Nguyễn Đức Soán', signingForm === 'KT' ? 'PHÓ CHỦ TỊCH' : 'CHỦ TỊCH', number, officer],
  )
  const certificates: IssuedCertificate[] = []
  for (const [i, a] of awardees.entries()) {
    const idNumber = cccd(a.sex ?? 'nam')
    const person = await t.person({ fullName: a.fullName, sex: a.sex ?? 'nam', position: a.position ?? 'Giáo viên', birthDate: '1985-06-01', cccd: idNumber })
    const target = a.target ?? 'GIAY_KHEN_CHU_TICH_XA'
    const achievement = a.achievement ?? 'Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025'
    const nominationId = randomUUID()
    await db.query(
      `INSERT INTO nominations (province_id, id, year, nominating_organization_id, subject_kind, person_id, subject_name, target, kind, achievement,
         decision_date, deciding_organization_id, authority, competent, eligibility_input, eligibility, eligible, evaluated_at, status, batch_id,
         submitted_on, closed_on, created_by)
       VALUES ($1, $2, 2025, $3, 'individual', $4, $5, $6, 'cong_trang', $7, '2025-12-20', $8, '{}', true, '{}', '{}', true, now(), 'decided', $9,
         '2025-12-01', '2025-12-20', $10)`,
      [p, nominationId, tenant.org.schoolA.id, person.id, a.fullName, target, achievement, tenant.org.communeA.id, batchId, unit],
    )
    const awardRecordId = randomUUID()
    await db.query(
      `INSERT INTO award_records (province_id, id, subject_kind, person_id, code, name, track, level, year, decision_number, decision_date, decision_issuer,
         achievement, source, subject_name, subject_birth_date, subject_cccd, decision_id)
       VALUES ($1, $2, 'individual', $3, $4, $5, 'government', 'commune', 2025, $6, '2025-12-20', 'Chủ tịch UBND xã Bình Thành', $7, 'decision', $8, '1985-06-01', $9, $10)`,
      [p, awardRecordId, person.id, target, CATALOGUE[target].name, `${number}/QĐ-UBND`, achievement, a.fullName, idNumber, decisionId],
    )
    await db.query(
      `INSERT INTO award_decision_items (province_id, decision_id, nomination_id, position, serial, award_record_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [p, decisionId, nominationId, i + 1, i + 1, awardRecordId],
    )
    const id = randomUUID()
    const code = newCertificateCode()
    await db.query(
      `INSERT INTO certificates (province_id, id, code, decision_id, nomination_id, award_record_id, serial, issued_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [p, id, code, decisionId, nominationId, awardRecordId, i + 1, officer],
    )
    certificates.push({ id, code, serial: i + 1, version: 1, awardRecordId, nominationId, personId: person.id })
  }
  return { id: decisionId, number, certificates }
}

let nextCccd = 1
/** Hà Nội (001), born in the 20th century (0 man, 1 woman) in 1985, then a running number. */
const cccd = (sex: 'nam' | 'nu') => `001${sex === 'nu' ? 1 : 0}85${String(nextCccd++).padStart(6, '0')}`

/** Rows per certificate table, registry revocations and the audit log, to show a refused request changed nothing. */
export async function certificateTableCounts(db: Db) {
  const rows = await db.query<{ certificates: number; valid: number; revoked: number; layouts: number; audit: number }>(
    `SELECT (SELECT count(*)::int FROM certificates) AS certificates, (SELECT count(*)::int FROM certificates WHERE status = 'valid') AS valid,
            (SELECT count(*)::int FROM award_records WHERE revoked_on IS NOT NULL) AS revoked, (SELECT count(*)::int FROM certificate_layouts) AS layouts,
            (SELECT count(*)::int FROM audit_log) AS audit`,
  )
  return rows[0]!
}
