// The number of a proposal to the level above: the next one of the sender's register for document type TTr
// in the period of the day (the year; a Party body's term) — the register its nomination proposals use —
// and the symbol its header prints ("TTr-UBND", "TTr/ĐU").
import type { Db } from '../../db/client.ts'
import { periodKeyFor } from '../campaigns/campaign-numbering.ts'
import { findRegisterSetting, takeNextNumber } from '../campaigns/campaigns.repository.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import type { Organization } from '../organizations/organizations.repository.ts'
import type { Numbering } from './proposals.repository.ts'

export async function takeProposalNumber(db: Db, provinceId: string, sender: Organization, on: string): Promise<Numbering> {
  const identity = await loadIssuerIdentity(db, provinceId, sender)
  const periodKey = periodKeyFor(identity.track, await findRegisterSetting(db, provinceId, sender.id), on)
  const number = await takeNextNumber(db, provinceId, { issuerId: sender.id, docType: 'TTr', periodKey })
  return { periodKey, number, symbol: identity.symbol.replace(/^KH/, 'TTr'), sentOn: on }
}
