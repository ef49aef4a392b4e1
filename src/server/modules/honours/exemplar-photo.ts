// The exemplar's photo: an upload bounded in size (TDKT_UPLOAD_LIMIT_MB) whose type is read from its bytes
// (JPEG, PNG or WebP only), stored once in the content-addressed file store; removal; the officer's copy.
import { createHash } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import type { Config } from '../../config.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UploadedFile, UseCaseContext } from '../../http/route.ts'
import { readDocument, storeDocument } from '../documents/documents.repository.ts'
import { exemplarLabel, loadExemplar } from './exemplar-access.ts'
import { exemplarDetail, type ExemplarDetail } from './exemplar-view.ts'
import { findExemplar, setPhoto } from './honours.repository.ts'
import { photoResponse } from './photo-response.ts'
import { PHOTO_TYPES, sniffPhotoType } from './photo-type.ts'

const ACCEPTED = Object.values(PHOTO_TYPES).map((t) => t.label).join(', ')
const MB = 1024 * 1024

/** "10 MB", or "200 KB" for a limit under one megabyte. */
const sizeLabel = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

/** Refuses a photo too large or not a JPEG, PNG or WebP, naming the field; nothing is read further. */
export function checkPhoto(file: UploadedFile, maxBytes: number): { type: string; sha256: string } {
  if (file.bytes.length > maxBytes) {
    const message = `Ảnh: tệp "${file.name}" vượt quá giới hạn ${sizeLabel(maxBytes)}`
    throw new AppError('PAYLOAD_TOO_LARGE', `${message}.`, { file: message })
  }
  const type = sniffPhotoType(file.bytes)
  if (!type) {
    const message = `Ảnh: tệp "${file.name}" không phải ảnh ${ACCEPTED}`
    throw new AppError('VALIDATION', `${message}.`, { file: message })
  }
  return { type, sha256: createHash('sha256').update(file.bytes).digest('hex') }
}

export async function uploadExemplarPhoto(ctx: UseCaseContext & { config: Config }, id: string, version: number, file: UploadedFile): Promise<ExemplarDetail> {
  const { actor } = ctx
  const photo = checkPhoto(file, ctx.config.uploadLimitBytes)
  return ctx.db.transaction(async (tx) => {
    const current = await loadExemplar(tx, actor, id)
    if (version !== current.version) throw staleVersion(exemplarLabel(current))
    await storeDocument(tx, actor.provinceId, { sha256: photo.sha256, type: photo.type, size: file.bytes.length, bytes: file.bytes })
    if (!(await setPhoto(tx, actor.provinceId, id, photo.sha256, version))) throw staleVersion(exemplarLabel(current))
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'exemplar', entityId: id, organizationId: current.organizationId,
      summary: `${current.photoSha256 ? 'Thay' : 'Thêm'} ảnh của ${exemplarLabel(current).toLowerCase()}`,
      before: { photo: current.photoSha256, version }, after: { photo: photo.sha256, type: photo.type, size: file.bytes.length, version: version + 1 },
    })
    return exemplarDetail(tx, actor.provinceId, (await findExemplar(tx, actor.provinceId, id))!)
  })
}

export async function removeExemplarPhoto(ctx: UseCaseContext, id: string, version: number): Promise<ExemplarDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadExemplar(tx, actor, id)
    if (version !== current.version) throw staleVersion(exemplarLabel(current))
    if (!current.photoSha256) throw new AppError('CONFLICT', `${exemplarLabel(current)} chưa có ảnh.`)
    if (!(await setPhoto(tx, actor.provinceId, id, null, version))) throw staleVersion(exemplarLabel(current))
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'exemplar', entityId: id, organizationId: current.organizationId,
      summary: `Bỏ ảnh của ${exemplarLabel(current).toLowerCase()}`, before: { photo: current.photoSha256, version }, after: { photo: null, version: version + 1 },
    })
    return exemplarDetail(tx, actor.provinceId, (await findExemplar(tx, actor.provinceId, id))!)
  })
}

/** The photo as the officer sees it, whatever the status. */
export async function officerExemplarPhoto(ctx: UseCaseContext, id: string): Promise<Response> {
  const exemplar = await loadExemplar(ctx.db, ctx.actor, id)
  const stored = exemplar.photoSha256 ? await readDocument(ctx.db, ctx.actor.provinceId, exemplar.photoSha256) : undefined
  if (!stored) throw notFound('ảnh của gương điển hình này')
  return photoResponse(stored.bytes, stored.type, 'private')
}
