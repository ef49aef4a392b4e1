// Gathers what the registration and the cluster's pledge are written from (src/documents/registration) and
// renders them as Word or PDF. Reads only, outside any transaction.
import { viDate } from '../../../rules/dates.ts'
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import type { DocumentModel } from '../../../documents/document-model.ts'
import type { DossierUnit } from '../../../documents/nomination/index.ts'
import { pledgeDocument, registrationDocument, type PledgeMember } from '../../../documents/registration/index.ts'
import { inScope, assertCan } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { forbidden, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadVisibleCampaign } from '../campaigns/campaign-access.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { dossierUnit } from '../nominations/nomination-dossier-data.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { fileResponse } from '../documents/file-response.ts'
import { findOrganization, listClusters, type Organization } from '../organizations/organizations.repository.ts'
import { loadRegistration } from './registration-access.ts'
import { nameTargets } from './registration-view.ts'
import { listRegistrationsOf } from './registrations.repository.ts'

async function unitOf(db: Db, provinceId: string, org: Organization): Promise<DossierUnit> {
  return dossierUnit(await loadIssuerIdentity(db, provinceId, org))
}

/** "Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thái Nguyên" */
async function campaignReference(ctx: UseCaseContext, campaignId: string): Promise<string> {
  const campaign = await loadVisibleCampaign(ctx.db, ctx.actor, campaignId)
  const issuer = (await findOrganization(ctx.db, ctx.actor.provinceId, campaign.issuerId))!
  const identity = await loadIssuerIdentity(ctx.db, ctx.actor.provinceId, issuer)
  const number = numberAndSymbol(campaign.number, campaign.symbol, campaign.track)
  return `Kế hoạch${number ? ` số ${number}` : ` «${campaign.title}»`}${campaign.issuedOn ? ` ngày ${viDate(campaign.issuedOn)}` : ''} của ${identity.formalName}`
}

const render = async (model: DocumentModel, format: 'docx' | 'pdf', name: string): Promise<Response> =>
  fileResponse(format === 'docx' ? await renderDocx(model) : await renderPdf(model), format === 'docx' ? DOCX_TYPE : 'application/pdf', `${name}.${format}`)

/** BẢN ĐĂNG KÝ THI ĐUA of a unit (or the totals of its level), addressed to the level above. */
export async function downloadRegistration(ctx: UseCaseContext, id: string, format: 'docx' | 'pdf'): Promise<Response> {
  const { db, actor } = ctx
  const r = await loadRegistration(db, actor, id, 'registration.read')
  const org = (await findOrganization(db, actor.provinceId, r.organizationId))!
  const parent = org.parentId ? await findOrganization(db, actor.provinceId, org.parentId) : undefined
  const model = registrationDocument({
    unit: await unitOf(db, actor.provinceId, org),
    recipient: parent ? (await loadIssuerIdentity(db, actor.provinceId, parent)).formalName : null,
    year: r.year,
    campaign: r.campaignId ? await campaignReference(ctx, r.campaignId) : null,
    consolidated: r.consolidated,
    date: r.submittedOn,
    targets: nameTargets(r.targets).map((t) => ({ name: t.name, scope: t.scope, count: t.count, people: t.people })),
    commitments: r.commitments,
  })
  return render(model, format, `Bản đăng ký thi đua - ${r.organizationName}`)
}

/**
 * BẢN GIAO ƯỚC THI ĐUA of an emulation cluster for a campaign or a year: its member units (the leader first)
 * with the commitments of each one's registration, and a line for each head to sign. Readable by the levels
 * above the cluster's owner and by its members.
 */
export async function downloadPledge(ctx: UseCaseContext, input: { clusterId: string; campaignId?: string | undefined; year: number; format: 'docx' | 'pdf' }): Promise<Response> {
  const { db, actor } = ctx
  assertCan(actor, 'registration.read')
  const cluster = (await listClusters(db, actor.provinceId, '/', input.clusterId))[0]
  if (!cluster) throw notFound('cụm, khối thi đua')
  const owner = (await findOrganization(db, actor.provinceId, cluster.ownerId))!
  const member = cluster.members.some((m) => m.organizationId === actor.organizationId)
  if (!inScope(actor, owner.path) && !member) throw forbidden('Cụm, khối thi đua này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
  const ordered = [...cluster.members.filter((m) => m.isLeader), ...cluster.members.filter((m) => !m.isLeader)]
  const registrations = await listRegistrationsOf(db, actor.provinceId, ordered.map((m) => m.organizationId), input.campaignId ? [input.campaignId] : null, input.year)
  const organizations = await Promise.all(ordered.map(async (m) => (await findOrganization(db, actor.provinceId, m.organizationId))!))
  const units = await Promise.all(organizations.map((o) => unitOf(db, actor.provinceId, o)))
  const members: PledgeMember[] = ordered.map((m, i) => ({
    name: m.name, isLeader: m.isLeader,
    signerTitle: units[i]!.signature.title, signerName: units[i]!.signature.name,
    commitments: registrations.find((r) => r.organizationId === m.organizationId)?.commitments ?? [],
  }))
  const model = pledgeDocument({
    leader: units[0] ?? (await unitOf(db, actor.provinceId, owner)),
    clusterName: cluster.name,
    year: input.year,
    campaign: input.campaignId ? await campaignReference(ctx, input.campaignId) : null,
    date: null,
    members,
  })
  return render(model, input.format, `Bản giao ước thi đua - ${cluster.name}`)
}
