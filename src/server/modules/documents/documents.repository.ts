// Every SQL statement about the content-addressed file store (table documents): a file is kept once per
// province under the SHA-256 of its bytes, whatever names it is uploaded under and whichever records attach it.
import type { Db } from '../../db/client.ts'

export interface StoredDocument {
  sha256: string
  type: string
  size: number
  bytes: Uint8Array
}

/** Stores the bytes unless the same content is already there. */
export async function storeDocument(db: Db, provinceId: string, d: StoredDocument): Promise<void> {
  await db.query(
    `INSERT INTO documents (province_id, sha256, type, size, bytes) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (province_id, sha256) DO NOTHING`,
    [provinceId, d.sha256, d.type, d.size, Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength)],
  )
}

export async function readDocument(db: Db, provinceId: string, sha256: string): Promise<StoredDocument | undefined> {
  const rows = await db.query<StoredDocument>(`SELECT sha256, type, size, bytes FROM documents WHERE province_id = $1 AND sha256 = $2`, [provinceId, sha256])
  const row = rows[0]
  return row && { ...row, bytes: new Uint8Array(row.bytes) }
}
