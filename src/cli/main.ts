// tdkt command line: serve, migrate, seed-demo (later issues add parse, import, backup, bench…).
import { parseArgs } from 'node:util'
import { serveCommand } from './serve.ts'
import { migrateCommand } from './migrate.ts'
import { seedDemoCommand } from './seed-demo.ts'
import { benchCommand } from './bench.ts'
import { parseCommand } from './parse.ts'
import { eligibilityCommand } from './eligibility.ts'

const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<void> }> = {
  serve: { help: 'Chạy máy chủ web (mặc định http://127.0.0.1:3000); tự tạo dữ liệu mẫu khi cơ sở dữ liệu trống', run: serveCommand },
  migrate: { help: 'Áp dụng các bản chuyển đổi cơ sở dữ liệu', run: migrateCommand },
  'seed-demo': { help: 'Xóa và tạo lại dữ liệu mẫu (tỉnh, xã, đơn vị, người, tài khoản)', run: seedDemoCommand },
  parse: { help: 'Đọc văn bản (.txt, .docx, .pdf) thành dữ liệu có cấu trúc: tdkt parse TỆP --json', run: parseCommand },
  eligibility: { help: 'Xét điều kiện danh hiệu/hình thức khen thưởng từ lịch sử dạng JSON: tdkt eligibility TỆP.json', run: eligibilityCommand },
  bench: { help: 'Đo hiệu năng trên dữ liệu tổng hợp, ghi BENCHMARKS.md (--people N, --communes N, --runs N)', run: benchCommand },
}

function usage(): string {
  return ['Cách dùng: tdkt <lệnh> [tùy chọn]', '', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`)].join('\n')
}

const [command, ...rest] = process.argv.slice(2)
const { values } = parseArgs({ args: command ? [] : process.argv.slice(2), options: { help: { type: 'boolean', short: 'h' } }, strict: false })
if (!command || values.help || command === 'help' || command === '--help') {
  console.log(usage())
  process.exit(0)
}
const entry = COMMANDS[command]
if (!entry) {
  console.error(`Lệnh không hợp lệ: ${command}\n\n${usage()}`)
  process.exit(2)
}
try {
  await entry.run(rest)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
