// Opens a unit's proposal (tờ trình): the next number of the unit's register for document type TTr in the
// period of the day (the year; a Party body's term), and the symbol its header prints ("TTr-UBND", "TTr/ĐU").
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import { takeRegisterNumber } from '../campaigns/register-number.ts'
import type { Organization } from '../organizations/organizations.repository.ts'
import { insertBatch, type BatchRecord } from './nominations.repository.ts'

export async function openBatch(
  db: Db,
  provinceId: string,
  organization: Organization,
  b: { campaignId: string | null; year: number; submittedOn: string; submittedBy: string },
): Promise<BatchRecord> {
  const { track, symbol, periodKey, number } = await takeRegisterNumber(db, provinceId, organization, 'TTr', b.submittedOn)
  const batch: BatchRecord = { id: randomUUID(), organizationId: organization.id, track, symbol, periodKey, number, ...b }
  await insertBatch(db, provinceId, batch)
  return batch
}
