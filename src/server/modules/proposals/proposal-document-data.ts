// Gathers what the proposal to the level above is written from (src/documents/proposal/): the sender's
// header and signature, the addressee, the number and date, the legal bases and each nominee's entry as
// the nominations' own dossiers describe it (nominations/nomination-dossier-data.ts), with the vote of the
// council that passed it. Also hands back each nomination's dossier data, which the package reuses. Reads only.
import type { Db } from '../../db/client.ts'
import type { DossierEntry, NominationDossierData } from '../../../documents/nomination/index.ts'
import type { UpwardProposalData } from '../../../documents/proposal/index.ts'
import { formatNumber } from '../campaigns/campaign-numbering.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { dossierUnit, loadDossierData } from '../nominations/nomination-dossier-data.ts'
import { findNominations, type NominationWithEvaluation } from '../nominations/nominations.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { findPassingCouncils, listItemIds, type PassingCouncil, type ProposalRecord } from './proposals.repository.ts'

export interface NomineeDossier {
  nomination: NominationWithEvaluation
  council: PassingCouncil | null
  data: NominationDossierData
  own: DossierEntry
}

export interface ProposalDocuments {
  data: UpwardProposalData
  nominees: NomineeDossier[]
}

const voteOf = (c: PassingCouncil | null) => (c ? `${c.votesFor}/${c.totalMembers} thành viên đồng ý` : null)

export async function loadProposalDocuments(db: Db, provinceId: string, p: ProposalRecord): Promise<ProposalDocuments> {
  const ids = await listItemIds(db, provinceId, p.id)
  const [found, councils, from] = await Promise.all([findNominations(db, provinceId, ids), findPassingCouncils(db, provinceId, ids), findOrganization(db, provinceId, p.fromOrganizationId)])
  const identity = await loadIssuerIdentity(db, provinceId, from!)
  const nominees: NomineeDossier[] = []
  for (const id of ids) {
    const nomination = found.find((n) => n.id === id)!
    nominees.push({ nomination, council: councils.get(id) ?? null, ...(await loadDossierData(db, provinceId, nomination)) })
  }
  const latest = nominees.map((x) => x.council).filter((c): c is PassingCouncil => c !== null).sort((a, b) => b.meetsOn.localeCompare(a.meetsOn))[0]
  const data: UpwardProposalData = {
    sender: dossierUnit(identity),
    recipient: p.toName,
    number: p.number === null ? null : formatNumber(p.number),
    date: p.sentOn,
    legalBases: nominees[0]?.data.legalBases ?? [],
    council: latest ? { name: latest.councilName, meetsOn: latest.meetsOn } : null,
    entries: nominees.map((x) => ({ entry: x.own, nominatingUnit: x.nomination.nominatingOrganizationName, councilVote: voteOf(x.council) })),
  }
  return { data, nominees }
}
