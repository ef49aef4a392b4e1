import type { UseCaseContext } from '../../http/route.ts'
import type { Config } from '../../config.ts'
import { AppError } from '../../http/errors.ts'
import { DEFAULT_POSITIONS, renderCertificates, type PrintMode } from '../../../documents/certificate/index.ts'
import { fileResponse } from '../documents/file-response.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { loadDecision } from './certificate-access.ts'
import { certificateData } from './certificate-data.ts'
import { findLayout, listDecisionCertificates } from './certificates.repository.ts'

/**
 * The valid certificates of a decision (or the chosen ones) as one PDF: the full design, or only the
 * variable fields at the issuer's positions for its pre-printed blanks. Rendered outside any transaction.
 */
export async function printCertificates(ctx: UseCaseContext & { config: Config }, decisionId: string, mode: PrintMode, ids: string[]): Promise<Response> {
  const decision = await loadDecision(ctx.db, ctx.actor, decisionId, 'certificate.manage')
  const all = await listDecisionCertificates(ctx.db, ctx.actor.provinceId, decisionId)
  const valid = all.filter((c) => c.status === 'valid')
  if (ids.length > 0) {
    const unusable = ids.filter((id) => !valid.some((c) => c.id === id))
    if (unusable.length > 0) {
      const message = `Giấy khen cần in: ${unusable.length} giấy khen không thuộc quyết định này hoặc không còn hiệu lực (đã cấp lại hoặc đã hủy); chỉ in giấy khen còn hiệu lực`
      throw new AppError('VALIDATION', message, { ids: message })
    }
  }
  const chosen = ids.length > 0 ? valid.filter((c) => ids.includes(c.id)) : valid
  if (decision.number === null || chosen.length === 0) throw new AppError('CONFLICT', 'Quyết định này chưa có giấy khen còn hiệu lực để in.')
  const organization = (await findOrganization(ctx.db, ctx.actor.provinceId, decision.organizationId))!
  const identity = await loadIssuerIdentity(ctx.db, ctx.actor.provinceId, organization)
  const positions = mode === 'preprinted' ? ((await findLayout(ctx.db, ctx.actor.provinceId, decision.organizationId))?.positions ?? DEFAULT_POSITIONS) : DEFAULT_POSITIONS
  const numbered = { ...decision, number: decision.number }
  const bytes = await renderCertificates(chosen.map((c) => certificateData(c, numbered, identity, ctx.config.publicUrl)), mode, positions)
  const name = `Giấy khen ${mode === 'preprinted' ? '(in trên phôi) ' : ''}- QĐ ${decision.number} ${decision.symbol.replace(/\//g, '-')}.pdf`
  return fileResponse(bytes, 'application/pdf', name)
}
