// One coded error type for the whole server. Every message is Vietnamese and,
// for bad input, names the field ({error: {code, message, fields}}).
import { z } from 'zod'

z.config(z.locales.vi())

export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'ACCOUNT_LOCKED'
  | 'CSRF'
  | 'INTERNAL'
  | 'SERVER_BUSY'

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVER_BUSY: 503,
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
  }
  get status(): number {
    return STATUS[this.code]
  }
  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } }
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`)
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', message)
export const staleVersion = (what: string) =>
  new AppError('CONFLICT', `${what} vừa được người khác cập nhật. Hãy tải lại để xem bản mới nhất rồi sửa lại; thay đổi của bạn chưa được lưu.`, {
    version: 'Phiên bản dữ liệu đã cũ',
  })

/** The Vietnamese label of a field: the schema's .describe() text, else the key. */
export function fieldLabel(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string {
  let current: z.ZodType | undefined = schema
  let label: string | undefined
  for (const key of path) {
    current = unwrap(current)
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType | undefined
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType
    else current = undefined
    label = describedLabel(current) ?? label
  }
  return label ?? path.map(String).join('.')
}

/** The first .describe() text found through optional/nullable/default/pipe wrappers. */
function describedLabel(schema: z.ZodType | undefined): string | undefined {
  let current = schema
  while (current) {
    if (current.description) return current.description
    if (current instanceof z.ZodPipe) current = current.in as z.ZodType
    else if ('unwrap' in current && typeof current.unwrap === 'function' && !(current instanceof z.ZodArray)) current = current.unwrap() as z.ZodType
    else return undefined
  }
  return undefined
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema
  while (current && 'unwrap' in current && typeof current.unwrap === 'function' && !(current instanceof z.ZodArray)) {
    current = current.unwrap() as z.ZodType
  }
  if (current instanceof z.ZodPipe) return unwrap(current.in as z.ZodType)
  return current
}

export function validationError(schema: z.ZodType, error: z.ZodError, where = ''): AppError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = [where, ...issue.path.map(String)].filter(Boolean).join('.') || '_'
    if (fields[key]) continue
    fields[key] = `${fieldLabel(schema, issue.path)}: ${issue.message}`
  }
  const list = Object.values(fields)
  return new AppError('VALIDATION', `Dữ liệu chưa hợp lệ — ${list.join('; ')}`, fields)
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where = ''): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw validationError(schema, result.error, where)
  return result.data
}

/** Maps PostgreSQL unique violations to a DUPLICATE error naming the field. */
export function fromDatabaseError(error: unknown, uniqueFields: Record<string, { field: string; message: string }>): unknown {
  const pgError = error as { code?: string; constraint?: string; message?: string }
  if (pgError?.code === '23505') {
    const match = Object.entries(uniqueFields).find(([constraint]) => pgError.constraint === constraint || pgError.message?.includes(constraint))
    if (match) return new AppError('DUPLICATE', match[1].message, { [match[1].field]: match[1].message })
  }
  return error
}

export const SERVER_BUSY_MESSAGE = 'Hệ thống đang bận xử lý nhiều yêu cầu cùng lúc, vui lòng thử lại sau ít giây.'

/** Too much work at once (every database connection busy, or too many heavy requests waiting): 503 with Retry-After. */
export const serverBusy = () => new AppError('SERVER_BUSY', SERVER_BUSY_MESSAGE)
