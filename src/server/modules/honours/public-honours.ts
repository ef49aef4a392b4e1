// The honour board as the public sees it (no account): published exemplars only, by kind and year, searched
// without diacritics; an exemplar's story with the awards the registry holds for its subject (the form, the
// decision's number and date, the issuer — no CCCD, no birth date, no address beyond the unit) and, where tdkt
// issued the certificate, the address to verify it. Drafts and withdrawn exemplars answer 404.
import { todayInVietnam } from '../../../shared/people.ts'
import type { Page } from '../../../shared/schemas.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { PublicContext } from '../../http/route.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { readDocument } from '../documents/documents.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { EXEMPLAR_KIND_KEYS, EXEMPLAR_KINDS, type ExemplarKind } from './exemplar-kinds.ts'
import { issuedDecisionLine } from './exemplar-view.ts'
import { findPublicExemplar, findPublicPhoto, findSubjectAwards, listProvinces, searchPublicExemplars, type PublicExemplarRow } from './honours.repository.ts'
import type { PublicHonoursQuery } from './honours.schemas.ts'
import { photoResponse } from './photo-response.ts'
import { limitPublicReads } from '../../http/public-read-limit.ts'

export interface PublicExemplarCard {
  id: string
  kind: ExemplarKind
  kindLabel: string
  year: number
  name: string
  unitName: string | null
  /** The organization that published it (Xã Bắc Sơn…). */
  organizationName: string
  provinceName: string
  title: string
  summary: string
  photoUrl: string | null
  publishedOn: string
}

export interface PublicHonourBoard extends Page<PublicExemplarCard> {
  /** The provinces this deployment serves (the board of one is chosen by its code when there are several). */
  provinces: { code: string; name: string }[]
  kinds: { kind: ExemplarKind; label: string; count: number }[]
  years: { year: number; count: number }[]
}

export interface PublicAward {
  name: string
  year: number
  decisionNumber: string | null
  decisionDate: string | null
  decisionIssuer: string | null
  /** The award the officer linked to this story. */
  linked: boolean
  /** /xac-minh/<code> when tdkt issued a certificate still valid for it. */
  verifyPath: string | null
}

export interface PublicExemplar extends PublicExemplarCard {
  story: string
  decision: { numberAndSymbol: string; decisionDate: string; issuer: string } | null
  awards: PublicAward[]
}

function toCard(e: PublicExemplarRow): PublicExemplarCard {
  return {
    id: e.id, kind: e.kind, kindLabel: EXEMPLAR_KINDS[e.kind], year: e.year, name: e.subjectName, unitName: e.unitName, organizationName: e.organizationName,
    provinceName: e.provinceName, title: e.title, summary: e.summary, photoUrl: e.hasPhoto ? `/api/public/honours/${e.id}/photo` : null,
    publishedOn: todayInVietnam(new Date(e.publishedAt)),
  }
}

export async function listPublicHonours(ctx: PublicContext, query: PublicHonoursQuery): Promise<PublicHonourBoard> {
  limitPublicReads(ctx, 'pages')
  const provinces = await listProvinces(ctx.db)
  const provinceCode = query.province || null
  if (provinceCode && !provinces.some((p) => p.code === provinceCode)) {
    throw new AppError('VALIDATION', `Mã tỉnh: không có tỉnh mã "${provinceCode}".`, { province: `Mã tỉnh: không có tỉnh mã "${provinceCode}"` })
  }
  const found = await searchPublicExemplars(ctx.db, {
    provinceCode, kind: query.kind ?? null, year: query.year ?? null, q: query.q || null, limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return {
    items: found.items.map(toCard), total: found.total, page: query.page, pageSize: query.pageSize, provinces,
    kinds: EXEMPLAR_KIND_KEYS.map((kind) => ({ kind, label: EXEMPLAR_KINDS[kind], count: found.kinds.find((k) => k.kind === kind)?.count ?? 0 })),
    years: found.years,
  }
}

const NOT_PUBLISHED = 'gương điển hình này (có thể đã được gỡ khỏi bảng vinh danh)'

export async function getPublicExemplar(ctx: PublicContext, id: string): Promise<PublicExemplar> {
  limitPublicReads(ctx, 'pages')
  const exemplar = await findPublicExemplar(ctx.db, id)
  if (!exemplar) throw notFound(NOT_PUBLISHED)
  const [awards, decision] = await Promise.all([
    exemplar.subjectId ? findSubjectAwards(ctx.db, exemplar.provinceId, id, exemplar.subjectId) : [],
    issuedDecisionLine(ctx.db, exemplar.provinceId, exemplar.decisionId),
  ])
  const issuerOf = decision && (await findOrganization(ctx.db, exemplar.provinceId, decision.organizationId))
  return {
    ...toCard(exemplar),
    story: exemplar.story,
    decision: decision && issuerOf
      ? { numberAndSymbol: decision.numberAndSymbol, decisionDate: decision.decisionDate, issuer: (await loadIssuerIdentity(ctx.db, exemplar.provinceId, issuerOf)).formalName }
      : null,
    awards: awards.map((a) => ({
      name: a.name, year: a.year, decisionNumber: a.decisionNumber, decisionDate: a.decisionDate, decisionIssuer: a.decisionIssuer, linked: a.linked,
      verifyPath: a.certificateCode ? `/xac-minh/${a.certificateCode}` : null,
    })),
  }
}

export async function publicExemplarPhoto(ctx: PublicContext, id: string): Promise<Response> {
  limitPublicReads(ctx, 'photos')
  const photo = await findPublicPhoto(ctx.db, id)
  const stored = photo && (await readDocument(ctx.db, photo.provinceId, photo.sha256))
  if (!stored) throw notFound(`ảnh của ${NOT_PUBLISHED}`)
  return photoResponse(stored.bytes, stored.type, 'public')
}
