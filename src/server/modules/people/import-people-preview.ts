import { randomUUID } from 'node:crypto'
import type { UploadedFile, UseCaseContext } from '../../http/route.ts'
import { listSubtree } from '../organizations/organizations.repository.ts'
import { existingCccds, insertImportBatch } from './people.repository.ts'
import { readPeopleSheet } from './people-xlsx.ts'
import { flagDuplicateCccds, flagTakenCccds, groupOrganizationsByName, parsePersonRow, type ImportRow } from './people-import-rows.ts'
import { organizationInScope } from './person-rules.ts'

export const PEOPLE_IMPORT_KIND = 'people'

export interface PeopleImportPreview {
  id: string
  fileName: string
  organizationId: string
  rows: ImportRow[]
  validCount: number
  errorCount: number
}

/**
 * Reads an uploaded workbook, checks every row (units resolved by name in the caller's subtree,
 * CCCD repeated in the file or already taken) and stores the result as a preview batch.
 */
export async function previewPeopleImport(ctx: UseCaseContext, input: { organizationId: string | undefined; file: UploadedFile }): Promise<PeopleImportPreview> {
  const { actor, db } = ctx
  const defaultOrganization = await organizationInScope(db, actor, 'person.import', input.organizationId ?? actor.organizationId)
  const sheetRows = await readPeopleSheet(input.file.bytes)
  const organizationsByName = groupOrganizationsByName(await listSubtree(db, actor.provinceId, actor.organizationPath))
  const rows = sheetRows.map((row) => parsePersonRow(row, { defaultOrganization, organizationsByName }))
  flagDuplicateCccds(rows)
  flagTakenCccds(rows, await existingCccds(db, actor.provinceId, rows.flatMap((r) => (r.values.cccd ? [r.values.cccd] : []))))
  const validCount = rows.filter((r) => r.errors.length === 0).length
  const preview = { id: randomUUID(), fileName: input.file.name.slice(0, 255), organizationId: defaultOrganization.id, rows, validCount, errorCount: rows.length - validCount }
  await insertImportBatch(db, actor.provinceId, { ...preview, kind: PEOPLE_IMPORT_KIND, createdBy: actor.accountId })
  return preview
}
