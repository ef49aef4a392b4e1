// Issues a draft decision in one transaction: every line is checked again (council, authority, public
// posting, no other decision), the next number of the issuer's QĐ register is taken for the period of the
// decision date, the amounts are taken again on that date, and for each line in annex order the serial
// (số sổ vàng, law.md §5.4), a registry row (through the registry's own checks), a certificate with its
// verification code, and the nomination moved to "decided". Anything refused leaves nothing written.
import { randomUUID } from 'node:crypto'
import { viDate } from '../../../rules/dates.ts'
import { newCertificateCode } from '../../../shared/certificate-code.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { takeRegisterNumber } from '../campaigns/register-number.ts'
import { findSubject } from '../history/subjects.repository.ts'
import { moveNomination } from '../nominations/nomination-status.ts'
import { settleProposals } from '../proposals/settle-proposals.ts'
import { findOrganization, findOrganizations, type Organization } from '../organizations/organizations.repository.ts'
import { prepareAward } from '../registry/award-input.ts'
import { createAwardBody } from '../registry/registry.schemas.ts'
import { insertAwards, type AwardLevel, type AwardWrite } from '../registry/registry.repository.ts'
import { loadDecision } from './decision-access.ts'
import { assessLines, lineLabel, refuseProblems, type AssessedLine } from './decision-lines.ts'
import { decisionDetail, decisionReferenceText, type DecisionDetail } from './decision-view.ts'
import { findDecision, insertCertificate, linkAwardsToDecision, listLines, markIssued, replaceLines, setLineIssued, type DecisionRecord } from './decisions.repository.ts'

const TERRITORIAL_LEVELS: readonly string[] = ['province', 'district', 'commune']

/** The registry level of a decision: the territory's own level, an agency's territory, a unit otherwise. */
async function awardLevel(db: Db, provinceId: string, organization: Organization): Promise<AwardLevel> {
  if (TERRITORIAL_LEVELS.includes(organization.level)) return organization.level as AwardLevel
  if (organization.level !== 'agency') return 'unit'
  const ids = organization.path.split('/').filter((p) => p && p !== organization.id)
  const ancestors = await findOrganizations(db, provinceId, ids)
  const territory = ids.map((i) => ancestors.find((a) => a.id === i)).reverse().find((a) => a && TERRITORIAL_LEVELS.includes(a.level))
  return (territory?.level ?? 'unit') as AwardLevel
}

async function registryRows(db: Db, provinceId: string, d: DecisionRecord, lines: readonly AssessedLine[], facts: { reference: string; issuer: string; level: AwardLevel }): Promise<AwardWrite[]> {
  const rows: AwardWrite[] = []
  for (const { nomination: n } of lines) {
    const subject = (await findSubject(db, provinceId, n.subjectKind, n.subjectId))!
    const draft = {
      code: n.target, name: null, track: null, level: facts.level, year: n.year, decisionNumber: facts.reference, decisionDate: d.decisionDate,
      decisionIssuer: facts.issuer, kind: n.kind, campaignId: n.campaignId ?? d.campaignId, achievement: n.achievement,
    }
    try {
      rows.push(await prepareAward(db, provinceId, subject, draft, { id: randomUUID(), source: 'decision', schema: createAwardBody }))
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION') throw error
      const message = `${lineLabel(n)} không ghi được vào sổ khen thưởng — ${Object.values(error.fields ?? {}).join('; ') || error.message}`
      throw new AppError('VALIDATION', `Chưa thể ban hành quyết định: ${message}.`, { [`lines.${n.id}`]: message })
    }
  }
  return rows
}

export async function issueDecision(ctx: UseCaseContext, id: string, version: number): Promise<DecisionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadDecision(tx, actor, id, 'decision.issue')
    if (current.status !== 'draft') throw new AppError('CONFLICT', `${decisionReferenceText(current)} đã ban hành.`)
    if (current.version !== version) throw staleVersion(`Dự thảo quyết định «${current.title}»`)
    if (current.signerName === '') throw new AppError('VALIDATION', 'Chưa thể ban hành quyết định: chưa nhập họ tên người ký.', { signerName: 'Họ tên người ký là bắt buộc khi ban hành' })
    const ids = (await listLines(tx, actor.provinceId, id)).map((l) => l.nominationId)
    if (ids.length === 0) throw new AppError('VALIDATION', 'Chưa thể ban hành quyết định: danh sách kèm theo chưa có trường hợp nào.', { nominationIds: 'chưa có trường hợp nào' })
    const lines = await assessLines(tx, actor.provinceId, { id, organizationId: current.organizationId, organizationName: current.organizationName, decisionDate: current.decisionDate }, ids)
    refuseProblems(lines, (l) => [...l.blocking, ...l.pending], 'Chưa thể ban hành quyết định')

    const organization = (await findOrganization(tx, actor.provinceId, current.organizationId))!
    const { periodKey, number } = await takeRegisterNumber(tx, actor.provinceId, organization, 'QĐ', current.decisionDate)
    if (!(await markIssued(tx, actor.provinceId, id, { periodKey, number, issuedBy: actor.accountId }, version))) throw staleVersion(`Dự thảo quyết định «${current.title}»`)
    const reference = numberAndSymbol(number, current.symbol, current.track)!

    const awards = await registryRows(tx, actor.provinceId, current, lines, { reference, issuer: organization.name, level: await awardLevel(tx, actor.provinceId, organization) })
    await insertAwards(tx, actor.provinceId, awards)
    await linkAwardsToDecision(tx, actor.provinceId, id, awards.map((a) => a.id))
    await replaceLines(tx, actor.provinceId, id, lines.map((l) => l.amount))
    const reason = `Quyết định số ${reference} ngày ${viDate(current.decisionDate)} của ${organization.name}`
    for (const [i, line] of lines.entries()) {
      const serial = i + 1
      await setLineIssued(tx, actor.provinceId, id, line.nomination.id, serial, awards[i]!.id)
      await insertCertificate(tx, actor.provinceId, {
        id: randomUUID(), code: newCertificateCode(), decisionId: id, nominationId: line.nomination.id, awardRecordId: awards[i]!.id, serial, issuedBy: actor.accountId,
      })
      await moveNomination(tx, ctx, line.nomination, 'decided', { action: 'decide', reason })
    }
    // nominations that came up from below in a proposal: the proposal is answered once all of them are
    await settleProposals(tx, ctx, lines.map((l) => l.nomination.id))
    const detail = await decisionDetail(tx, actor.provinceId, (await findDecision(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'issue', entity: 'award_decision', entityId: id, organizationId: organization.id,
      summary: `Ban hành Quyết định số ${reference} «${detail.title}»: ${lines.length} trường hợp, tổng tiền thưởng ${detail.total.toLocaleString('vi-VN')} đồng`,
      before: { status: 'draft', version },
      after: {
        status: 'issued', number, periodKey, numberAndSymbol: reference, version: version + 1, total: detail.total,
        lines: detail.lines.map((l) => ({ nominationId: l.nominationId, serial: l.serial, amount: l.amount, paid: l.paid, awardRecordId: l.awardRecordId, certificateCode: l.certificateCode })),
      },
    })
    return detail
  })
}
