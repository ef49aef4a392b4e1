// tdkt command line. Each command's module is loaded only when it runs, so a quick command
// (parse, eligibility) does not pay for loading the server.
type Command = { help: string; load: () => Promise<(args: string[]) => Promise<void>> }

const COMMANDS: Record<string, Command> = {
  serve: { help: 'Chạy máy chủ web (mặc định http://127.0.0.1:3000); tự tạo dữ liệu mẫu khi cơ sở dữ liệu trống', load: async () => (await import('./serve.ts')).serveCommand },
  migrate: { help: 'Áp dụng các bản chuyển đổi cơ sở dữ liệu', load: async () => (await import('./migrate.ts')).migrateCommand },
  'seed-demo': { help: 'Xóa và tạo lại dữ liệu mẫu (tỉnh, xã, đơn vị, người, tài khoản, kế hoạch)', load: async () => (await import('./seed-demo.ts')).seedDemoCommand },
  parse: { help: 'Đọc văn bản (.txt, .docx, .pdf) thành dữ liệu có cấu trúc: tdkt parse TỆP --json', load: async () => (await import('./parse.ts')).parseCommand },
  import: { help: 'Tạo dự thảo kế hoạch từ văn bản (.txt, .docx, .pdf) trong thư mục: tdkt import THƯ_MỤC --issuer ĐƠN_VỊ --as TÀI_KHOẢN', load: async () => (await import('./import.ts')).importCommand },
  eligibility: { help: 'Xét điều kiện danh hiệu/hình thức khen thưởng từ lịch sử dạng JSON: tdkt eligibility TỆP.json', load: async () => (await import('./eligibility.ts')).eligibilityCommand },
  backup: { help: 'Sao lưu toàn bộ cơ sở dữ liệu vào một tệp: tdkt backup TỆP', load: async () => (await import('./backup.ts')).backupCommand },
  restore: { help: 'Khôi phục tệp sao lưu vào cơ sở dữ liệu trống (nhúng hoặc PostgreSQL): tdkt restore TỆP', load: async () => (await import('./backup.ts')).restoreCommand },
  audit: { help: 'Kiểm tra chuỗi mã băm của nhật ký kiểm toán: tdkt audit verify [--expect-head SỐ:MÃ_BĂM]', load: async () => (await import('./audit.ts')).auditCommand },
  'bench-data': { help: 'Tạo tỉnh tổng hợp để đo hiệu năng vào cơ sở dữ liệu trống (--people N, --communes N, --years N, --seed N)', load: async () => (await import('./bench-data.ts')).benchDataCommand },
  digest: { help: 'Gửi ngay thư tổng hợp việc sắp đến hạn và thông báo chưa đọc của hôm nay (cần TDKT_SMTP_URL; mỗi tài khoản một thư mỗi ngày)', load: async () => (await import('../server/modules/notifications/digest-command.ts')).runDigestCommand },
  bench: { help: 'Đo hiệu năng trên dữ liệu tổng hợp, ghi BENCHMARKS.md (--people N, --communes N, --runs N)', load: async () => (await import('./bench.ts')).benchCommand },
}

function usage(): string {
  return ['Cách dùng: tdkt <lệnh> [tùy chọn]', '', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`)].join('\n')
}

const [command, ...rest] = process.argv.slice(2)
if (!command || command === 'help' || command === '--help' || command === '-h') {
  console.log(usage())
  process.exit(0)
}
const entry = COMMANDS[command]
if (!entry) {
  console.error(`Lệnh không hợp lệ: ${command}\n\n${usage()}`)
  process.exit(2)
}
try {
  await (await entry.load())(rest)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

export {} // a module, for the top-level await above
