// The route table: every endpoint is declared once with its zod schemas and access rule.
// The same table builds the Hono app, the OpenAPI document and the authorization matrix.
import type { Context } from 'hono'
import type { z } from 'zod'
import type { Db } from '../db/client.ts'
import type { Config } from '../config.ts'
import type { Actor, Permission } from '../auth/policy.ts'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** What every use case receives: the database, the caller and the request id for the audit log. */
export interface UseCaseContext {
  db: Db
  /**
   * For read-only use cases that tolerate a little replication lag (registry search, eligible lists, the
   * audit list): the replica of DATABASE_READ_URL when there is one. The app always sets it (to `db` without
   * a replica); contexts built elsewhere (CLI, demo seed, tests) may leave it out — use `readDbOf(ctx)`.
   * Anything that must read its own writes uses `db`.
   */
  readDb?: Db
  actor: Actor
  requestId: string
}

/** The database for lag-tolerant reads: the replica when the app has one, else the primary. */
export const readDbOf = (ctx: Pick<UseCaseContext, 'db' | 'readDb'>): Db => ctx.readDb ?? ctx.db

export interface PublicContext {
  db: Db
  actor: Actor | null
  requestId: string
  config: Config
  clientAddress: string
}

export interface UploadedFile {
  name: string
  type: string
  bytes: Uint8Array
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined

interface RouteBase<P, Q, B> {
  method: Method
  /** Hono path, e.g. /api/people/:id */
  path: string
  summary: string
  tag: string
  params?: P
  query?: Q
  body?: B
  /** multipart/form-data with one file in the field "file" (bounded by TDKT_UPLOAD_LIMIT_MB). */
  upload?: boolean
  /** HTTP status of a successful answer (200 by default). */
  status?: 200 | 201 | 204
}

export interface HandlerInput<P, Q, B, Ctx> {
  ctx: Ctx
  params: Out<P>
  query: Out<Q>
  body: Out<B>
  file: UploadedFile | undefined
  c: Context
}

export interface ProtectedRoute<P = unknown, Q = unknown, B = unknown> extends RouteBase<P, Q, B> {
  /** Role permission checked before the handler; 'signed-in' admits every role. */
  access: Permission | 'signed-in'
  handler: (input: HandlerInput<P, Q, B, UseCaseContext & { config: Config; clientAddress: string }>) => Promise<unknown>
}

export interface PublicRoute<P = unknown, Q = unknown, B = unknown> extends RouteBase<P, Q, B> {
  access: 'public'
  handler: (input: HandlerInput<P, Q, B, PublicContext>) => Promise<unknown>
}

export type AnyRoute = ProtectedRoute<any, any, any> | PublicRoute<any, any, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export function defineRoute<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  spec: ProtectedRoute<P, Q, B>,
): ProtectedRoute<P, Q, B> {
  return spec
}

export function definePublicRoute<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  spec: PublicRoute<P, Q, B>,
): PublicRoute<P, Q, B> {
  return spec
}
