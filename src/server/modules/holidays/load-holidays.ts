// The province's holidays as the set working-day counts skip (src/shared/working-days.ts).
import type { Db } from '../../db/client.ts'
import { listHolidayDates } from './holidays.repository.ts'

export async function loadHolidays(db: Db, provinceId: string): Promise<Set<string>> {
  return new Set(await listHolidayDates(db, provinceId))
}
