import { randomUUID } from 'node:crypto'
import { todayInVietnam } from '../../../shared/people.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import type { UploadedFile, UseCaseContext } from '../../http/route.ts'
import { insertImportBatch } from '../people/people.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'
import { listAwardsOfSubjects } from '../registry/registry.repository.ts'
import { HISTORY_SPECS } from './history-kinds.ts'
import { listHistoryRows } from './history.repository.ts'
import { checkRows, indexPeople, matchSubject, parseSheetRow, type HistoryImportRow } from './history-import-rows.ts'
import { HISTORY_SHEETS, IMPORT_SHEETS, readHistoryWorkbook, type ImportSheet } from './history-xlsx.ts'
import { findPeopleByIdentity, type Subject } from './subjects.repository.ts'

export const HISTORY_IMPORT_KIND = 'history'

export interface HistoryImportPreview {
  id: string
  fileName: string
  organizationId: string
  sheets: { sheet: ImportSheet; title: string; rows: HistoryImportRow[]; validCount: number; errorCount: number }[]
  validCount: number
  errorCount: number
}

/**
 * Reads an uploaded history workbook, finds each row's person in the caller's subtree (or the chosen
 * unit's), checks every record like the API does, and stores the result as a preview batch.
 */
export async function previewHistoryImport(ctx: UseCaseContext, input: { organizationId: string | undefined; file: UploadedFile }): Promise<HistoryImportPreview> {
  const { actor, db } = ctx
  const scope = await organizationInScope(db, actor, 'history.write', input.organizationId ?? actor.organizationId)
  const sheets = await readHistoryWorkbook(input.file.bytes)
  const rows = sheets.flatMap(({ sheet, rows: sheetRows }) => sheetRows.map((r) => {
    const { cells: _cells, ...row } = parseSheetRow(sheet, r)
    return row
  }))
  const cccds = [...new Set(rows.flatMap((r) => (r.identity.cccd ? [r.identity.cccd] : [])))]
  const names = [...new Set(rows.flatMap((r) => (r.identity.fullName ? [foldAccents(r.identity.fullName)] : [])))]
  const people = indexPeople(await findPeopleByIdentity(db, actor.provinceId, scope.path, cccds, names))
  const subjects = new Map<HistoryImportRow, Subject>()
  for (const row of rows) {
    const subject = matchSubject(row, people)
    if (subject) {
      subjects.set(row, subject)
      row.subject = { id: subject.id, name: subject.name }
    }
  }
  const personIds = [...new Set([...subjects.values()].map((s) => s.id))]
  const [storedRatings, storedAwards] = await Promise.all([listHistoryRows(db, actor.provinceId, HISTORY_SPECS.ratings, personIds), listAwardsOfSubjects(db, actor.provinceId, personIds)])
  const ratingsByPerson = new Map<string, typeof storedRatings>()
  for (const r of storedRatings) ratingsByPerson.set(r.subjectId, [...(ratingsByPerson.get(r.subjectId) ?? []), r])
  checkRows(rows, subjects, { today: todayInVietnam(), storedRatings: ratingsByPerson, storedAwards })

  const count = (list: HistoryImportRow[]) => ({ validCount: list.filter((r) => r.errors.length === 0).length, errorCount: list.filter((r) => r.errors.length > 0).length })
  const preview: HistoryImportPreview = {
    id: randomUUID(),
    fileName: input.file.name.slice(0, 255),
    organizationId: scope.id,
    sheets: IMPORT_SHEETS.filter((sheet) => rows.some((r) => r.sheet === sheet)).map((sheet) => {
      const list = rows.filter((r) => r.sheet === sheet)
      return { sheet, title: HISTORY_SHEETS[sheet].title, rows: list, ...count(list) }
    }),
    ...count(rows),
  }
  await insertImportBatch(db, actor.provinceId, { id: preview.id, kind: HISTORY_IMPORT_KIND, organizationId: scope.id, createdBy: actor.accountId, fileName: preview.fileName, rows, validCount: preview.validCount, errorCount: preview.errorCount })
  return preview
}
