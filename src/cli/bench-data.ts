// tdkt bench-data: writes the seeded synthetic province of the benchmarks (bench/synthetic-province.ts) into the
// configured database (DATABASE_URL, or the embedded one in TDKT_DATA_DIR), which must be empty.
//   --people N (default 500000)  --communes N (default 100)  --years N (default 10)  --seed N (default 42)
//   --nominations N (default 2): nominations per commune, written through the API
import { parseArgs } from 'node:util'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open.ts'
import { testApp } from '../server/testing/api-client.ts'
import { generateSyntheticProvince } from '../../bench/synthetic-province.ts'
import { createBenchAccounts, createWorkflow } from '../../bench/province-workflow.ts'

export async function benchDataCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      people: { type: 'string', default: '500000' }, communes: { type: 'string', default: '100' }, years: { type: 'string', default: '10' },
      seed: { type: 'string', default: '42' }, nominations: { type: 'string', default: '2' },
    },
  })
  const numbers = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]))
  for (const [k, v] of Object.entries(numbers)) if (!Number.isInteger(v) || v < 0) throw new Error(`--${k} phải là số nguyên không âm (đang là "${values[k as keyof typeof values]}")`)
  if (numbers.communes! < 1 || numbers.people! < numbers.communes! || numbers.years! < 1) throw new Error('Cần ít nhất 1 xã, 1 năm và số người không ít hơn số xã.')
  const opened = await openDatabase(loadConfig())
  try {
    if ((await opened.db.query('SELECT 1 FROM provinces LIMIT 1')).length > 0) throw new Error(`Cơ sở dữ liệu không trống (${opened.description}): bench-data chỉ ghi vào cơ sở dữ liệu trống.`)
    console.log(`Tạo tỉnh tổng hợp (seed ${numbers.seed}): ${numbers.communes} xã, ${numbers.people} người, ${numbers.years} năm → ${opened.description}`)
    const started = performance.now()
    const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
    const province = await generateSyntheticProvince(opened.db, {
      communes: numbers.communes!, people: numbers.people!, years: numbers.years!, seed: numbers.seed!,
      onProgress: (m) => console.log(`  [${elapsed()}] ${m}`),
    })
    const accounts = await createBenchAccounts(opened.db, province)
    const workflow = await createWorkflow(opened.db, testApp(opened.db), province, accounts, {
      nominationsPerCommune: numbers.nominations!, councilItems: 0, seed: numbers.seed!, onProgress: (m) => console.log(`  [${elapsed()}] ${m}`),
    })
    console.log(`Xong trong ${elapsed()}: ${Object.entries(province.counts).map(([k, v]) => `${k} ${v}`).join(', ')}, campaigns ${workflow.campaigns}, nominations ${workflow.nominations}, registrations ${workflow.reports.registrations.total}, reports ${workflow.reports.reports.total}.`)
    console.log(`Đăng nhập: ${accounts.provinceOfficer} (tỉnh), bench.xa1 … bench.xa${province.communes.length} (xã) — mật khẩu ${accounts.password}`)
  } finally {
    await opened.close()
  }
}
