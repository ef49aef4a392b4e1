// Every SQL statement about certificates (Giấy khen, Bằng khen, giấy chứng nhận danh hiệu), their
// reissue and cancellation, the registry row a cancellation revokes, and the pre-printed blank layouts.
import type { Db } from '../../db/client.ts'
import type { CatalogueCode, SubjectKind } from '../../../rules/index.ts'
import type { CertificatePositions } from '../../../documents/certificate/index.ts'

export type CertificateStatus = 'valid' | 'replaced' | 'cancelled'

/** The decision a certificate belongs to, with its issuer's place in the tree. */
export interface DecisionRecord {
  id: string
  organizationId: string
  organizationPath: string
  track: 'state' | 'party'
  symbol: string
  title: string
  number: number | null
  decisionDate: string
  signingForm: 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ' | 'none'
  signerName: string
  signerTitle: string
  status: 'draft' | 'issued'
}

export async function findDecision(db: Db, provinceId: string, id: string): Promise<DecisionRecord | undefined> {
  const rows = await db.query<DecisionRecord>(
    `SELECT d.id, d.organization_id AS "organizationId", o.path AS "organizationPath", d.track, d.symbol, d.title, d.number,
            d.decision_date AS "decisionDate", d.signing_form AS "signingForm", d.signer_name AS "signerName", d.signer_title AS "signerTitle", d.status
       FROM award_decisions d JOIN organizations o ON o.province_id = d.province_id AND o.id = d.organization_id
      WHERE d.province_id = $1 AND d.id = $2`,
    [provinceId, id],
  )
  return rows[0]
}

/** A certificate with what it prints about the awardee (name, sex, post, unit, address) and who changed it. */
export interface CertificateRecord {
  id: string
  code: string
  decisionId: string
  nominationId: string
  awardRecordId: string
  serial: number
  status: CertificateStatus
  replacesId: string | null
  reason: string | null
  statusChangedAt: string | null
  statusChangedByName: string | null
  issuedAt: string
  issuedByName: string
  version: number
  subjectKind: SubjectKind
  subjectName: string
  sex: 'nam' | 'nu' | null
  position: string | null
  unitName: string
  /** The unit above a collective awardee. */
  parentUnitName: string | null
  householdAddress: string | null
  target: CatalogueCode
  achievement: string
}

const COLUMNS = `c.id, c.code, c.decision_id AS "decisionId", c.nomination_id AS "nominationId", c.award_record_id AS "awardRecordId", c.serial, c.status,
  c.replaces_id AS "replacesId", c.reason, c.status_changed_at AS "statusChangedAt", sb.display_name AS "statusChangedByName",
  c.issued_at AS "issuedAt", ib.display_name AS "issuedByName", c.version,
  n.subject_kind AS "subjectKind", coalesce(ar.subject_name, n.subject_name) AS "subjectName", p.sex, p.position, so.name AS "unitName",
  CASE WHEN n.subject_kind = 'collective' THEN parent.name END AS "parentUnitName", h.address AS "householdAddress",
  n.target, coalesce(ar.achievement, n.achievement) AS achievement`

const FROM = `FROM certificates c
  JOIN nominations n ON n.province_id = c.province_id AND n.id = c.nomination_id
  JOIN award_records ar ON ar.province_id = c.province_id AND ar.id = c.award_record_id
  LEFT JOIN people p ON p.province_id = n.province_id AND p.id = n.person_id
  LEFT JOIN households h ON h.province_id = n.province_id AND h.id = n.household_id
  JOIN organizations so ON so.province_id = n.province_id AND so.id = coalesce(p.organization_id, h.organization_id, n.collective_id)
  LEFT JOIN organizations parent ON parent.province_id = so.province_id AND parent.id = so.parent_id
  JOIN accounts ib ON ib.province_id = c.province_id AND ib.id = c.issued_by
  LEFT JOIN accounts sb ON sb.province_id = c.province_id AND sb.id = c.status_changed_by`

/** Every certificate of a decision, by serial, then oldest first (a reissue after the one it replaces). */
export async function listDecisionCertificates(db: Db, provinceId: string, decisionId: string): Promise<CertificateRecord[]> {
  return db.query<CertificateRecord>(`SELECT ${COLUMNS} ${FROM} WHERE c.province_id = $1 AND c.decision_id = $2 ORDER BY c.serial, c.issued_at, c.id`, [provinceId, decisionId])
}

export async function findCertificate(db: Db, provinceId: string, id: string): Promise<CertificateRecord | undefined> {
  const rows = await db.query<CertificateRecord>(`SELECT ${COLUMNS} ${FROM} WHERE c.province_id = $1 AND c.id = $2`, [provinceId, id])
  return rows[0]
}

/** By verification code, in any province (the public page knows no tenant); the code is unique. */
export async function findCertificateByCode(db: Db, code: string): Promise<(CertificateRecord & { provinceId: string }) | undefined> {
  const rows = await db.query<CertificateRecord & { provinceId: string }>(`SELECT ${COLUMNS}, c.province_id AS "provinceId" ${FROM} WHERE c.code = $1`, [code])
  return rows[0]
}

/** Moves a valid certificate to replaced or cancelled; false when its version moved or it is no longer valid. */
export async function closeCertificate(db: Db, provinceId: string, id: string, change: { status: 'replaced' | 'cancelled'; reason: string; by: string }, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE certificates SET status = $3, reason = $4, status_changed_at = now(), status_changed_by = $5, version = version + 1
      WHERE province_id = $1 AND id = $2 AND status = 'valid' AND version = $6 RETURNING id`,
    [provinceId, id, change.status, change.reason, change.by, expectedVersion],
  )
  return rows.length > 0
}

export interface NewCertificate {
  id: string
  code: string
  decisionId: string
  nominationId: string
  awardRecordId: string
  serial: number
  replacesId: string
  issuedBy: string
}

export async function insertCertificate(db: Db, provinceId: string, c: NewCertificate): Promise<void> {
  await db.query(
    `INSERT INTO certificates (province_id, id, code, decision_id, nomination_id, award_record_id, serial, replaces_id, issued_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [provinceId, c.id, c.code, c.decisionId, c.nominationId, c.awardRecordId, c.serial, c.replacesId, c.issuedBy],
  )
}

/** The registry row of a cancelled award: revoked on the day, with the reason (Luật TĐKT 2022, Điều 93). */
export async function revokeAwardRecord(db: Db, provinceId: string, id: string, revokedOn: string, reason: string): Promise<void> {
  await db.query(
    `UPDATE award_records SET revoked_on = $3, revoked_reason = $4, version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2`,
    [provinceId, id, revokedOn, reason],
  )
}

export interface LayoutRecord {
  positions: CertificatePositions
  version: number
  updatedAt: string
}

export async function findLayout(db: Db, provinceId: string, organizationId: string): Promise<LayoutRecord | undefined> {
  const rows = await db.query<LayoutRecord>(
    `SELECT positions, version, updated_at AS "updatedAt" FROM certificate_layouts WHERE province_id = $1 AND organization_id = $2`,
    [provinceId, organizationId],
  )
  return rows[0]
}

/** Saves an organization's layout: the first save expects version 0, later ones the stored version; false when it moved. */
export async function saveLayout(db: Db, provinceId: string, organizationId: string, positions: CertificatePositions, expectedVersion: number): Promise<boolean> {
  const rows =
    expectedVersion === 0
      ? await db.query(
          `INSERT INTO certificate_layouts (province_id, organization_id, positions) VALUES ($1, $2, $3) ON CONFLICT (province_id, organization_id) DO NOTHING RETURNING version`,
          [provinceId, organizationId, JSON.stringify(positions)],
        )
      : await db.query(
          `UPDATE certificate_layouts SET positions = $3, version = version + 1, updated_at = now() WHERE province_id = $1 AND organization_id = $2 AND version = $4 RETURNING version`,
          [provinceId, organizationId, JSON.stringify(positions), expectedVersion],
        )
  return rows.length > 0
}
