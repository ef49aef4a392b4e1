import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { lockImportBatch, markImportBatchCommitted } from '../people/people.repository.ts'
import type { ResolvedAward } from '../registry/award-rules.ts'
import { insertAwards } from '../registry/registry.repository.ts'
import { HISTORY_SPECS } from './history-kinds.ts'
import { insertHistoryRows } from './history.repository.ts'
import type { HistoryImportRow } from './history-import-rows.ts'
import { HISTORY_IMPORT_KIND } from './import-history-preview.ts'
import { findSubjects, setRecruitedOn } from './subjects.repository.ts'

export interface HistoryImportResult {
  inserted: { ratings: number; awards: number; initiatives: number; discipline: number }
  skipped: number
}

/**
 * Writes the valid rows of a preview batch in one transaction: all of them or none. Only the account that
 * uploaded the file may commit it, and only for people still in its subtree.
 */
export async function commitHistoryImport(ctx: UseCaseContext, batchId: string): Promise<HistoryImportResult> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const batch = await lockImportBatch<HistoryImportRow>(tx, actor.provinceId, batchId)
    if (!batch || batch.kind !== HISTORY_IMPORT_KIND || batch.createdBy !== actor.accountId) throw notFound('lô nhập')
    if (batch.status === 'committed') throw new AppError('CONFLICT', 'Lô nhập này đã được ghi; không thể ghi lần thứ hai.')
    const valid = batch.rows.filter((r) => r.errors.length === 0 && r.subject !== null)

    // People may have moved since the preview: every one must still be in the caller's subtree.
    const ids = [...new Set(valid.map((r) => r.subject!.id))]
    const people = new Map((await findSubjects(tx, actor.provinceId, 'individual', ids)).map((p) => [p.id, p]))
    for (const id of ids) {
      const person = people.get(id)
      if (!person) throw new AppError('CONFLICT', 'Có cá nhân trong tệp vừa bị xóa sau khi xem trước. Chưa ghi dòng nào; hãy tải tệp lên lại.')
      assertCan(actor, 'history.write', person.organizationPath)
    }
    const of = (sheet: HistoryImportRow['sheet']) => valid.filter((r) => r.sheet === sheet)
    const records = (sheet: 'ratings' | 'initiatives' | 'discipline') => of(sheet).map((r) => ({ id: randomUUID(), subjectKind: 'individual' as const, subjectId: r.subject!.id, fields: r.values }))
    await insertHistoryRows(tx, actor.provinceId, HISTORY_SPECS.ratings, records('ratings')).catch((error: unknown) => {
      if ((error as { code?: string }).code !== '23505') throw error
      const message = 'Có kết quả xếp loại trong tệp vừa được nhập cho cùng người, cùng năm sau khi xem trước. Chưa ghi dòng nào; hãy tải tệp lên lại để kiểm tra.'
      throw new AppError('DUPLICATE', message, { file: message })
    })
    await insertHistoryRows(tx, actor.provinceId, HISTORY_SPECS.initiatives, records('initiatives'))
    await insertHistoryRows(tx, actor.provinceId, HISTORY_SPECS.discipline, records('discipline'))
    await insertAwards(tx, actor.provinceId, of('awards').map((r) => {
      const person = people.get(r.subject!.id)!
      return {
        ...(r.values as unknown as ResolvedAward), id: randomUUID(), subjectKind: 'individual', subjectId: person.id, source: 'import',
        subjectName: person.name, subjectBirthDate: person.birthDate, subjectCccd: person.cccd,
      }
    }))
    await setRecruitedOn(tx, actor.provinceId, of('ratings').flatMap((r) => (r.recruitedOn ? [{ personId: r.subject!.id, recruitedOn: r.recruitedOn }] : [])).filter((d, i, all) => all.findIndex((x) => x.personId === d.personId) === i))
    await markImportBatchCommitted(tx, actor.provinceId, batch.id)
    const result: HistoryImportResult = {
      inserted: { ratings: of('ratings').length, awards: of('awards').length, initiatives: of('initiatives').length, discipline: of('discipline').length },
      skipped: batch.rows.length - valid.length,
    }
    const i = result.inserted
    await recordAudit(tx, ctx, {
      action: 'import', entity: 'import_batch', entityId: batch.id, organizationId: batch.organizationId,
      summary: `Nhập lịch sử thi đua, khen thưởng từ tệp "${batch.fileName}": ${i.ratings} xếp loại, ${i.awards} danh hiệu, khen thưởng, ${i.initiatives} sáng kiến, ${i.discipline} kỷ luật`,
      after: { fileName: batch.fileName, ...result },
    })
    return result
  })
}
