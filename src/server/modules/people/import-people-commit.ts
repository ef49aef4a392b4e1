import { randomUUID } from 'node:crypto'
import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganizations } from '../organizations/organizations.repository.ts'
import { existingCccds, insertPeople, lockImportBatch, markImportBatchCommitted, type PersonRow } from './people.repository.ts'
import type { ImportRow } from './people-import-rows.ts'
import { PEOPLE_IMPORT_KIND } from './import-people-preview.ts'
import { fromPersonDbError } from './person-rules.ts'

/**
 * Writes the valid rows of a preview batch in one transaction: all of them or none.
 * Only the account that uploaded the file may commit it, and only into its own subtree.
 */
export async function commitPeopleImport(ctx: UseCaseContext, batchId: string): Promise<{ inserted: number; skipped: number }> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const batch = await lockImportBatch<ImportRow>(tx, actor.provinceId, batchId)
    if (!batch || batch.kind !== PEOPLE_IMPORT_KIND || batch.createdBy !== actor.accountId) throw notFound('lô nhập')
    if (batch.status === 'committed') throw new AppError('CONFLICT', 'Lô nhập này đã được ghi; không thể ghi lần thứ hai.')
    const valid = batch.rows.filter((r) => r.errors.length === 0)

    // Units may have moved since the preview: every target must still be in the caller's subtree.
    const organizationIds = [...new Set([batch.organizationId, ...valid.map((r) => r.values.organizationId!)])]
    for (const org of await findOrganizations(tx, actor.provinceId, organizationIds)) assertCan(actor, 'person.import', org.path)

    const taken = await existingCccds(tx, actor.provinceId, valid.flatMap((r) => (r.values.cccd ? [r.values.cccd] : [])))
    if (taken.size > 0) {
      const rowNumbers = valid.filter((r) => taken.has(r.values.cccd!)).map((r) => r.row)
      const message = `Số CCCD ở dòng ${rowNumbers.join(', ')} vừa được dùng cho người khác sau khi xem trước. Chưa ghi dòng nào; hãy tải tệp lên lại để kiểm tra.`
      throw new AppError('DUPLICATE', message, { cccd: message })
    }
    await insertPeople(tx, actor.provinceId, valid.map(toPersonRow)).catch((error: unknown) => {
      throw fromPersonDbError(error, null)
    })
    await markImportBatchCommitted(tx, actor.provinceId, batch.id)
    const result = { inserted: valid.length, skipped: batch.rows.length - valid.length }
    await recordAudit(tx, ctx, {
      action: 'import',
      entity: 'import_batch',
      entityId: batch.id,
      organizationId: batch.organizationId,
      summary: `Nhập ${result.inserted} cá nhân từ tệp "${batch.fileName}"`,
      after: { fileName: batch.fileName, ...result },
    })
    return result
  })
}

function toPersonRow({ values }: ImportRow): PersonRow {
  return {
    id: randomUUID(),
    fullName: values.fullName!,
    sortKey: vietnameseNameSortKey(values.fullName!),
    birthDate: values.birthDate,
    sex: values.sex!,
    cccd: values.cccd,
    position: values.position,
    organizationId: values.organizationId!,
    category: values.category!,
    directWorker: values.directWorker,
    householdId: null,
  }
}
