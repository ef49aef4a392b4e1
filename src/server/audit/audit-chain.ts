// Verifies the audit log's hash chain (migration 0008): per province, entries sealed 1, 2, 3… without a gap,
// each naming the previous entry's hash and carrying the SHA-256 of that hash, its number and its content.
// The hash is recomputed here, in Node, from the stored columns — not by the database's own function — so
// an entry changed, removed or slipped in behind the application's back shows up. Someone who can rewrite
// the whole chain could forge it again: keep the head (printed by `tdkt audit verify`) outside the server.
import { createHash } from 'node:crypto'
import type { Db } from '../db/client.ts'

const GENESIS = '0'.repeat(64)
const SEP = '\x1f'
const PAGE = 5000

interface ChainRow {
  seq: string | null
  prevHash: string | null
  hash: string | null
  provinceId: string
  id: string
  atMicros: string
  actorId: string | null
  actorName: string
  action: string
  entity: string
  entityId: string | null
  organizationId: string | null
  summary: string | null
  before: string | null
  after: string | null
  requestId: string | null
}

/** The text an entry's hash covers; the same as tdkt_audit_canonical() in migration 0008. */
function canonical(r: ChainRow): string {
  return [r.provinceId, r.id, r.atMicros, r.actorId ?? '', r.actorName, r.action, r.entity, r.entityId ?? '', r.organizationId ?? '', r.summary ?? '', r.before ?? '', r.after ?? '', r.requestId ?? ''].join(SEP)
}

export const entryHash = (prevHash: string, seq: number, r: ChainRow) => createHash('sha256').update(`${prevHash}${SEP}${seq}${SEP}${canonical(r)}`, 'utf8').digest('hex')

export interface ChainReport {
  provinceId: string
  entries: number
  head: { seq: number; hash: string }
  /** Vietnamese descriptions of every break found (empty: the chain is intact). */
  problems: string[]
}

async function verifyProvince(db: Db, provinceId: string): Promise<ChainReport> {
  const problems: string[] = []
  let expectedSeq = 1
  let prevHash = GENESIS
  let entries = 0
  for (let after = 0; ; ) {
    const rows = await db.query<ChainRow>(
      `SELECT seq::text AS seq, prev_hash AS "prevHash", hash, province_id::text AS "provinceId", id::text AS id,
              (extract(epoch FROM at) * 1000000)::bigint::text AS "atMicros", actor_id::text AS "actorId", actor_name AS "actorName",
              action, entity, entity_id::text AS "entityId", organization_id::text AS "organizationId", summary,
              before::text AS before, after::text AS after, request_id AS "requestId"
         FROM audit_log WHERE province_id = $1 AND (seq > $2 OR seq IS NULL) ORDER BY audit_log.seq NULLS LAST LIMIT ${PAGE}`,
      [provinceId, after],
    )
    for (const r of rows) {
      entries++
      if (r.seq === null) {
        problems.push(`Mục ${r.id} chưa được niêm phong vào chuỗi (thiếu số thứ tự và mã băm)`)
        continue
      }
      const seq = Number(r.seq)
      if (seq > expectedSeq) problems.push(`Chuỗi bị đứt trước mục số ${seq}: thiếu ${seq - 1 === expectedSeq ? `mục số ${expectedSeq}` : `các mục số ${expectedSeq}–${seq - 1}`}`)
      if (r.prevHash !== prevHash) problems.push(`Mục số ${seq} (${r.id}) không nối với mục trước (mã băm trước không khớp)`)
      if (r.hash !== entryHash(r.prevHash ?? '', seq, r)) problems.push(`Mục số ${seq} (${r.id}) đã bị sửa: nội dung không khớp mã băm`)
      prevHash = r.hash ?? ''
      expectedSeq = seq + 1
      after = seq
    }
    if (rows.length < PAGE || rows.some((r) => r.seq === null)) break
  }
  const head = (await db.query<{ seq: string; hash: string }>(`SELECT seq::text AS seq, hash FROM audit_chain_heads WHERE province_id = $1`, [provinceId]))[0]
  const last = { seq: expectedSeq - 1, hash: prevHash }
  if (head && (Number(head.seq) !== last.seq || head.hash !== last.hash)) {
    problems.push(`Đầu chuỗi ghi số ${head.seq} nhưng mục cuối cùng là số ${last.seq}: các mục cuối đã bị xóa hoặc đầu chuỗi bị sửa`)
  }
  return { provinceId, entries, head: last, problems }
}

/** Every province's chain (or one province's). */
export async function verifyAuditChain(db: Db, provinceId?: string): Promise<ChainReport[]> {
  const ids = provinceId
    ? [provinceId]
    : (await db.query<{ id: string }>(`SELECT province_id::text AS id FROM audit_log UNION SELECT province_id::text FROM audit_chain_heads ORDER BY 1`)).map((r) => r.id)
  const reports: ChainReport[] = []
  for (const id of ids) reports.push(await verifyProvince(db, id))
  return reports
}
