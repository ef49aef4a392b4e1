// An issuer's pre-printed blank layout (vị trí in trên phôi): where each variable field prints, in mm.
import type { UseCaseContext } from '../../http/route.ts'
import { assertCan } from '../../auth/policy.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import type { Db } from '../../db/client.ts'
import { DEFAULT_POSITIONS, FIELD_KEYS, FIELD_LABELS, PAGE_MM, type CertificatePositions, type FieldKey } from '../../../documents/certificate/index.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'
import { findLayout, saveLayout } from './certificates.repository.ts'

export interface CertificateLayoutView {
  organizationId: string
  organizationName: string
  positions: CertificatePositions
  defaults: CertificatePositions
  fields: { key: FieldKey; label: string }[]
  page: { width: number; height: number }
  /** 0 while the organization uses the defaults (never saved). */
  version: number
  updatedAt: string | null
}

async function loadOrganization(db: Db, ctx: UseCaseContext, id: string): Promise<Organization> {
  const organization = await findOrganization(db, ctx.actor.provinceId, id)
  if (!organization) throw notFound('đơn vị')
  assertCan(ctx.actor, 'certificate.manage', organization.path)
  return organization
}

async function layoutView(db: Db, provinceId: string, organization: Organization): Promise<CertificateLayoutView> {
  const saved = await findLayout(db, provinceId, organization.id)
  return {
    organizationId: organization.id, organizationName: organization.name, positions: saved?.positions ?? DEFAULT_POSITIONS, defaults: DEFAULT_POSITIONS,
    fields: FIELD_KEYS.map((key) => ({ key, label: FIELD_LABELS[key] })), page: { ...PAGE_MM }, version: saved?.version ?? 0, updatedAt: saved?.updatedAt ?? null,
  }
}

export async function getCertificateLayout(ctx: UseCaseContext, organizationId: string): Promise<CertificateLayoutView> {
  const organization = await loadOrganization(ctx.db, ctx, organizationId)
  return layoutView(ctx.db, ctx.actor.provinceId, organization)
}

export async function saveCertificateLayout(ctx: UseCaseContext, organizationId: string, input: { positions: CertificatePositions; version: number }): Promise<CertificateLayoutView> {
  return ctx.db.transaction(async (tx) => {
    const organization = await loadOrganization(tx, ctx, organizationId)
    const before = await findLayout(tx, ctx.actor.provinceId, organization.id)
    if (!(await saveLayout(tx, ctx.actor.provinceId, organization.id, input.positions, input.version))) throw staleVersion(`Vị trí in trên phôi giấy khen của ${organization.name}`)
    await recordAudit(tx, ctx, {
      action: 'certificate_layout.save', entity: 'certificate_layout', entityId: organization.id, organizationId: organization.id,
      summary: `Lưu vị trí in trên phôi giấy khen của ${organization.name}`, before: before?.positions ?? null, after: input.positions,
    })
    return layoutView(tx, ctx.actor.provinceId, organization)
  })
}
