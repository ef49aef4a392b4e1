// The province's rules are the province's: only an account of the province's root unit may change them.
import { assertCan, type Actor } from '../../auth/policy.ts'
import { forbidden } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findProvince } from './eligibility.repository.ts'

export async function assertProvinceConfigurer(db: Db, actor: Actor): Promise<{ name: string; rootId: string }> {
  const province = await findProvince(db, actor.provinceId)
  if (!province.rootId || !province.rootPath) throw forbidden('Tỉnh chưa có đơn vị gốc để gắn quy định.')
  assertCan(actor, 'rules.configure', province.rootPath)
  return { name: province.name, rootId: province.rootId }
}
