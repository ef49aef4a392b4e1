// Opens a unit's proposal (tờ trình): the next number of the unit's register for document type TTr in the
// period of the day (the year; a Party body's term), and the symbol its header prints ("TTr-UBND", "TTr/ĐU").
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import { periodKeyFor } from '../campaigns/campaign-numbering.ts'
import { findRegisterSetting, takeNextNumber } from '../campaigns/campaigns.repository.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import type { Organization } from '../organizations/organizations.repository.ts'
import { insertBatch, type BatchRecord } from './nominations.repository.ts'

export async function openBatch(
  db: Db,
  provinceId: string,
  organization: Organization,
  b: { campaignId: string | null; year: number; submittedOn: string; submittedBy: string },
): Promise<BatchRecord> {
  const identity = await loadIssuerIdentity(db, provinceId, organization)
  const periodKey = periodKeyFor(identity.track, await findRegisterSetting(db, provinceId, organization.id), b.submittedOn)
  const number = await takeNextNumber(db, provinceId, { issuerId: organization.id, docType: 'TTr', periodKey })
  const batch: BatchRecord = { id: randomUUID(), organizationId: organization.id, track: identity.track, symbol: identity.symbol.replace(/^KH/, 'TTr'), periodKey, number, ...b }
  await insertBatch(db, provinceId, batch)
  return batch
}
