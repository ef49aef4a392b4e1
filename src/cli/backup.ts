// tdkt backup TỆP and tdkt restore TỆP: the whole database to one gzip'd file and back, on the embedded
// database or PostgreSQL (DATABASE_URL) alike — also from one to the other (src/server/db/backup.ts).
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open.ts'
import { backupDatabase, restoreDatabase } from '../server/db/backup.ts'

const fileArg = (args: string[], command: string): string => {
  const file = args.find((a) => !a.startsWith('-'))
  if (!file) throw new Error(`Cách dùng: tdkt ${command} TỆP (ví dụ tdkt ${command} tdkt-2026-11-21.tdkt.gz)`)
  return file
}

export async function backupCommand(args: string[]): Promise<void> {
  const file = fileArg(args, 'backup')
  const opened = await openDatabase(loadConfig())
  try {
    const { tables, rows } = await backupDatabase(opened.db, file)
    console.log(`Đã sao lưu ${rows} dòng của ${tables} bảng từ ${opened.description} vào ${file}`)
  } finally {
    await opened.close()
  }
}

export async function restoreCommand(args: string[]): Promise<void> {
  const file = fileArg(args, 'restore')
  const opened = await openDatabase(loadConfig(), { migrate: false })
  try {
    const { tables, rows, migrated } = await restoreDatabase(opened.db, file)
    console.log(`Đã khôi phục ${rows} dòng của ${tables} bảng vào ${opened.description}${migrated.length ? `; đã áp dụng thêm ${migrated.join(', ')}` : ''}`)
  } finally {
    await opened.close()
  }
}
