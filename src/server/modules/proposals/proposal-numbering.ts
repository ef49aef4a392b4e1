// The number of a proposal to the level above: the next one of the sender's TTr register — the register its
// nomination proposals use — and the symbol its header prints ("TTr-UBND", "TTr/ĐU").
import type { Db } from '../../db/client.ts'
import { takeRegisterNumber } from '../campaigns/register-number.ts'
import type { Organization } from '../organizations/organizations.repository.ts'
import type { Numbering } from './proposals.repository.ts'

export async function takeProposalNumber(db: Db, provinceId: string, sender: Organization, on: string): Promise<Numbering> {
  const { periodKey, number, symbol } = await takeRegisterNumber(db, provinceId, sender, 'TTr', on)
  return { periodKey, number, symbol, sentOn: on }
}
