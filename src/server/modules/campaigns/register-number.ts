// The next number of an organization's document register (law.md §8.4): the register of a document type in the
// period of the day (the calendar year; a Party body's term, or the period the issuer set), and the symbol its
// header prints for that type ("TTr-UBND", "QĐ/ĐU"). A unit's proposals, its proposals to the level above and
// its award decisions all number here; a plan's issue (issue-campaign.ts) also accepts a number given by hand.
import type { Db } from '../../db/client.ts'
import type { Organization } from '../organizations/organizations.repository.ts'
import { periodKeyFor, type DocType, type Track } from './campaign-numbering.ts'
import { findRegisterSetting, takeNextNumber } from './campaigns.repository.ts'
import { loadIssuerIdentity } from './issuer-lookup.ts'

/** The issuer's symbol for another document type: "KH-UBND" → "TTr-UBND", "KH/ĐU" → "QĐ/ĐU". */
export const documentSymbol = (planSymbol: string, docType: DocType) => planSymbol.replace(/^KH/, docType)

export interface RegisterNumber {
  track: Track
  symbol: string
  periodKey: string
  number: number
}

export async function takeRegisterNumber(db: Db, provinceId: string, organization: Organization, docType: DocType, on: string): Promise<RegisterNumber> {
  const identity = await loadIssuerIdentity(db, provinceId, organization)
  const periodKey = periodKeyFor(identity.track, await findRegisterSetting(db, provinceId, organization.id), on)
  const number = await takeNextNumber(db, provinceId, { issuerId: organization.id, docType, periodKey })
  return { track: identity.track, symbol: documentSymbol(identity.symbol, docType), periodKey, number }
}
