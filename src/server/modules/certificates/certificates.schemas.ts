// Request schemas of the certificates API (Giấy khen), each field labelled in Vietnamese.
import { z } from 'zod'
import { idParams, requiredText, uuid, version } from '../../../shared/schemas.ts'
import { FIELD_KEYS, FIELD_LABELS, PAGE_MM, positionProblem, type FieldKey } from '../../../documents/certificate/index.ts'

export { idParams }

export const printQuery = z.object({
  mode: z.enum(['full', 'preprinted'], { error: 'chỉ nhận full (in cả mẫu) hoặc preprinted (in trên phôi in sẵn)' }).default('full').describe('Cách in'),
  ids: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((id) => id.trim()).filter(Boolean) : []))
    .pipe(z.array(uuid('Giấy khen cần in')).max(1000, 'tối đa 1000 giấy khen mỗi lần in'))
    .describe('Giấy khen cần in'),
})

/** Cấp lại (lost or damaged) and hủy bỏ (Luật TĐKT 2022, Điều 93) both say why. */
export const statusChangeBody = z.object({ reason: requiredText('Lý do', 1000), version })

const mmValue = (label: string, min: number, max: number) =>
  z.number({ error: 'phải là số (mm)' }).min(min, `phải từ ${min} mm trở lên`).max(max, `không quá ${max} mm`).describe(label)

const fieldPosition = (key: FieldKey) =>
  z
    .object({
      x: mmValue('Lề trái', 0, PAGE_MM.width),
      y: mmValue('Lề trên', 0, PAGE_MM.height),
      width: mmValue(key === 'qr' ? 'Cạnh mã QR' : 'Chiều rộng', key === 'qr' ? 15 : 10, PAGE_MM.width),
      size: z.number({ error: 'phải là số' }).min(6, 'phải từ 6 pt trở lên').max(48, 'không quá 48 pt').describe('Cỡ chữ (pt)'),
    })
    .superRefine((p, ctx) => {
      const problem = positionProblem(key, p)
      if (problem) ctx.addIssue({ code: 'custom', path: [], message: problem })
    })
    .describe(FIELD_LABELS[key])

export const layoutBody = z.object({
  positions: z.object(Object.fromEntries(FIELD_KEYS.map((key) => [key, fieldPosition(key)])) as Record<FieldKey, ReturnType<typeof fieldPosition>>).describe('Vị trí các trường'),
  /** 0 before the first save. */
  version: z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(0).describe('Phiên bản dữ liệu'),
})

export const codeParams = z.object({ code: z.string().max(100, 'Mã xác minh quá dài').describe('Mã xác minh') })
