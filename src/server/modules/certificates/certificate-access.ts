// The decision or certificate a request points at: it must exist and its issuer lie in the caller's subtree.
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findCertificate, findDecision, type CertificateRecord, type DecisionRecord } from './certificates.repository.ts'

export async function loadDecision(db: Db, actor: Actor, id: string, permission: Permission): Promise<DecisionRecord> {
  const decision = await findDecision(db, actor.provinceId, id)
  if (!decision) throw notFound('quyết định khen thưởng')
  assertCan(actor, permission, decision.organizationPath)
  return decision
}

export async function loadCertificate(db: Db, actor: Actor, id: string): Promise<{ certificate: CertificateRecord; decision: DecisionRecord }> {
  const certificate = await findCertificate(db, actor.provinceId, id)
  if (!certificate) throw notFound('giấy khen')
  const decision = await loadDecision(db, actor, certificate.decisionId, 'certificate.manage')
  return { certificate, decision }
}
