import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open.ts'
import { seedDemo, printSignIns } from '../server/demo/seed-demo.ts'

export async function seedDemoCommand(): Promise<void> {
  const opened = await openDatabase(loadConfig())
  try {
    const result = await seedDemo(opened.db, { replace: true })
    printSignIns(result)
  } finally {
    await opened.close()
  }
}
