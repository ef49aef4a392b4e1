// The report a request points at: it must exist and its unit lie in the caller's subtree.
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findReport, type ReportRecord } from './reports.repository.ts'

/** "Báo cáo của Trường Tiểu học Bình Thành (kế hoạch «…»)" */
export const reportLabel = (r: Pick<ReportRecord, 'organizationName' | 'campaignTitle'>) => `Báo cáo của ${r.organizationName} (kế hoạch «${r.campaignTitle}»)`

/** The same inside a sentence: "báo cáo của …". */
export const reportPhrase = (r: Pick<ReportRecord, 'organizationName' | 'campaignTitle'>) => `báo cáo của ${r.organizationName} (kế hoạch «${r.campaignTitle}»)`

export async function loadReport(db: Db, actor: Actor, id: string, permission: Permission): Promise<ReportRecord> {
  const report = await findReport(db, actor.provinceId, id)
  if (!report) throw notFound('báo cáo')
  assertCan(actor, permission, report.organizationPath)
  return report
}
