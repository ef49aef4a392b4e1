// Turns a request for a registry row into the row to store: catalogue defaults, the row's checks
// against its subject, the campaign it refers to, the subject snapshot used to find duplicates.
import type { z } from 'zod'
import type { Db } from '../../db/client.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { problemsError } from '../history/record-checks.ts'
import type { Subject } from '../history/subjects.repository.ts'
import { resolveAward, type AwardDraft } from './award-rules.ts'
import { campaignExists, listIdentityCandidates, type AwardRecord, type AwardSource, type AwardWrite } from './registry.repository.ts'
import { duplicateWarnings, type DuplicateWarning } from './registry-duplicates.ts'

export async function prepareAward(db: Db, provinceId: string, subject: Subject, draft: AwardDraft, meta: { id: string; source: AwardSource; schema: z.ZodType }): Promise<AwardWrite> {
  const { award, problems } = resolveAward(draft, subject, todayInVietnam())
  if (award.campaignId && !(await campaignExists(db, provinceId, award.campaignId))) problems.campaignId ??= 'không tồn tại'
  if (Object.keys(problems).length > 0) throw problemsError(meta.schema, problems)
  return {
    ...award,
    id: meta.id,
    subjectKind: subject.kind,
    subjectId: subject.id,
    source: meta.source,
    subjectName: subject.name,
    subjectBirthDate: subject.birthDate,
    subjectCccd: subject.cccd,
  }
}

export interface AwardAnswer {
  record: AwardRecord
  /** The same achievement possibly recorded already (another track, level or unit): shown, never blocking. */
  warnings: DuplicateWarning[]
}

export async function withWarnings(db: Db, provinceId: string, record: AwardRecord): Promise<AwardAnswer> {
  return { record, warnings: duplicateWarnings(record, await listIdentityCandidates(db, provinceId, record)) }
}
