// PLACEHOLDER until the demo-data generator lands: a province, one commune, one account per role.
import type { Db } from '../db/client.ts'

export interface DemoSignIn { username: string; password: string; role: string; organization: string }
export interface DemoResult { provinceName: string; signIns: DemoSignIn[]; people: number; organizations: number }

export async function hasAnyTenant(db: Db): Promise<boolean> {
  return (await db.query('SELECT 1 FROM provinces LIMIT 1')).length > 0
}

export async function seedDemo(_db: Db, _options: { replace: boolean }): Promise<DemoResult> {
  throw new Error('not yet')
}

export function printSignIns(result: DemoResult): void {
  console.log(`Dữ liệu mẫu: ${result.provinceName} — ${result.organizations} tổ chức, ${result.people} người.`)
  console.log('Tài khoản đăng nhập:')
  for (const s of result.signIns) console.log(`  ${s.role.padEnd(28)} ${s.username.padEnd(20)} ${s.password}   (${s.organization})`)
}
