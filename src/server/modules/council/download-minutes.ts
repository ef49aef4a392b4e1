// The minutes of a closed session as Word or PDF (src/documents/council), rendered outside any transaction.
import { councilMinutes } from '../../../documents/council/council-minutes.ts'
import type { CouncilMinutesData, MinutesMember } from '../../../documents/council/minutes-data.ts'
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { fileResponse } from '../documents/file-response.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadSessionForReader } from './council-access.ts'
import { QUOTA_PREFIX } from './quota-cut.ts'
import { sessionDetail, type SessionDetail, type SessionMember } from './session-view.ts'

const CHAIRING = ['chair', 'standing_vice_chair', 'vice_chair'] as const

const asMinutesMember = (m: SessionMember): MinutesMember => ({ fullName: m.fullName, title: [m.position, m.roleLabel].filter(Boolean).join(' — ') })

/** Who chaired: the chair if present, else the first vice-chair present (the standing one first). */
function chairOf(members: readonly SessionMember[]): SessionMember | undefined {
  for (const role of CHAIRING) {
    const found = members.find((m) => m.role === role && m.present === true)
    if (found) return found
  }
  return members.find((m) => m.role === 'chair')
}

export function minutesData(detail: SessionDetail, identity: { track: 'state' | 'party'; heading: string; place: string }): CouncilMinutesData {
  const present = detail.members.filter((m) => m.present === true)
  const wrote = new Set(detail.items.flatMap((i) => (i.writtenOpinions ?? []).map((o) => o.memberId)))
  const chair = chairOf(detail.members)
  const secretary = detail.members.find((m) => m.role === 'secretary')
  const items = detail.items.map((i) => {
    const tally = i.tally!
    const at = i.resultReason?.indexOf(QUOTA_PREFIX) ?? -1
    const quotaNote = tally.reachedThreshold && i.result === 'failed' && at >= 0 ? i.resultReason!.slice(at) : null
    return {
      nominee: i.nominee.name, unitName: i.nominee.unitName, targetName: i.targetName, votes: tally.total, written: tally.written, shareFor: tally.shareFor,
      requirement: `${i.threshold.label} (${i.threshold.citation})`, passed: i.result === 'passed', reason: i.resultReason ?? '', quotaNote,
    }
  })
  return {
    track: identity.track,
    governingBody: identity.heading.replace(/\n/g, ' '),
    place: identity.place,
    councilName: detail.council.name,
    title: detail.title,
    meetsOn: detail.meetsOn,
    meetingPlace: detail.place,
    totalMembers: detail.totalMembers!,
    chair: chair ? asMinutesMember(chair) : null,
    secretary: secretary ? asMinutesMember(secretary) : null,
    present: present.map(asMinutesMember),
    absent: detail.members.filter((m) => m.present !== true).map((m) => ({ ...asMinutesMember(m), wroteOpinion: wrote.has(m.id) })),
    items,
    opinions: detail.items.flatMap((i) => (i.writtenOpinions ?? []).map((o) => ({ member: o.fullName, nominee: i.nominee.name, targetName: i.targetName, choice: o.choiceLabel, note: o.note }))),
    recusals: detail.items.flatMap((i) => i.recusals.map((r) => ({ member: r.fullName, nominee: i.nominee.name, reason: r.reason }))),
    quotaNotes: [...new Set(items.flatMap((i) => (i.quotaNote ? [`${i.nominee}: ${i.quotaNote}`] : [])))],
  }
}

export async function downloadMinutes(ctx: UseCaseContext, sessionId: string, format: 'docx' | 'pdf'): Promise<Response> {
  const { session, council, seat } = await loadSessionForReader(ctx.db, ctx.actor, sessionId)
  if (session.status !== 'closed') throw new AppError('CONFLICT', `Phiên họp «${session.title}» chưa kết thúc: biên bản có sau khi kết thúc phiên họp.`)
  const detail = await sessionDetail(ctx, council, session, seat)
  const organization = (await findOrganization(ctx.db, ctx.actor.provinceId, council.organizationId))!
  const identity = await loadIssuerIdentity(ctx.db, ctx.actor.provinceId, organization)
  const model = councilMinutes(minutesData(detail, identity))
  const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model)
  return fileResponse(bytes, format === 'docx' ? DOCX_TYPE : 'application/pdf', `Biên bản họp Hội đồng - ${session.title}.${format}`)
}
