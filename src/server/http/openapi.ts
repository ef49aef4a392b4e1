// OpenAPI 3.1 generated from the route table's zod schemas (z.toJSONSchema).
import { z } from 'zod'
import type { AnyRoute } from './route.ts'

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string', description: 'Thông báo tiếng Việt' },
        fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'Lỗi theo từng trường' },
      },
      required: ['code', 'message'],
    },
  },
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return []
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, object>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
    description: (s as { description?: string }).description,
  }))
}

export function buildOpenApi(routes: AnyRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const openPath = route.path.replace(/:(\w+)/g, '{$1}')
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: [route.tag],
      'x-access': route.access,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      responses: {
        [String(route.status ?? 200)]: { description: 'Thành công' },
        default: { description: 'Lỗi', content: { 'application/json': { schema: errorSchema } } },
      },
    }
    if (route.access !== 'public') operation.security = [{ session: [] }]
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) } } }
    }
    if (route.upload) {
      operation.requestBody = {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } },
      }
    }
    paths[openPath] = { ...paths[openPath], [route.method]: operation }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'tdkt API', version: '0.1.0', description: 'API quản lý thi đua, khen thưởng. Mọi thông báo lỗi bằng tiếng Việt.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'tdkt_session', description: 'Phiên đăng nhập; các yêu cầu ghi cần thêm tiêu đề X-CSRF-Token' },
      },
    },
    paths,
  }
}
