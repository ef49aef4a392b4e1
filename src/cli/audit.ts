// tdkt audit verify [--province ID] [--expect-head SỐ:MÃ_BĂM]: checks the audit log's hash chain and prints
// each province's head; with --expect-head, also that the chain still reaches the head recorded earlier.
import { parseArgs } from 'node:util'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open.ts'
import { verifyAuditChain } from '../server/audit/audit-chain.ts'

export async function auditCommand(args: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { province: { type: 'string' }, 'expect-head': { type: 'string' } } })
  if (positionals[0] !== 'verify') throw new Error('Cách dùng: tdkt audit verify [--province ID] [--expect-head SỐ:MÃ_BĂM]')
  const expected = values['expect-head'] ? /^(\d+):([0-9a-f]{64})$/.exec(values['expect-head']) : null
  if (values['expect-head'] && !expected) throw new Error('--expect-head phải có dạng SỐ:MÃ_BĂM (ví dụ 1523:3f…, như lệnh này đã in ra trước đó)')
  const opened = await openDatabase(loadConfig())
  try {
    const reports = await verifyAuditChain(opened.db, values.province)
    let broken = 0
    for (const r of reports) {
      const problems = [...r.problems]
      if (expected) {
        const [seq, hash] = [Number(expected[1]), expected[2]]
        const at = (await opened.db.query<{ hash: string }>(`SELECT hash FROM audit_log WHERE province_id = $1 AND seq = $2`, [r.provinceId, seq]))[0]
        if (at?.hash !== hash) problems.push(`Mục số ${seq} không còn mang mã băm đã ghi nhận trước đó: chuỗi đã bị viết lại`)
      }
      console.log(`${problems.length ? '✗' : '✓'} Tỉnh ${r.provinceId}: ${r.entries} mục, đầu chuỗi ${r.head.seq}:${r.head.hash}`)
      for (const p of problems) console.log(`    ${p}`)
      if (problems.length) broken++
    }
    if (reports.length === 0) console.log('Nhật ký kiểm toán trống.')
    if (broken) {
      process.exitCode = 1
      console.log(`Phát hiện sai lệch ở ${broken} chuỗi nhật ký.`)
    }
  } finally {
    await opened.close()
  }
}
