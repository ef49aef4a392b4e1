import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open.ts'
import { migrate } from '../server/db/migrate.ts'

export async function migrateCommand(): Promise<void> {
  const opened = await openDatabase(loadConfig(), { migrate: false })
  try {
    const applied = await migrate(opened.db)
    console.log(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.')
  } finally {
    await opened.close()
  }
}
